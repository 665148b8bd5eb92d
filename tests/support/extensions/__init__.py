"""Extensions written as a contributor would, each in its own file with one registration line
(a decorator, or an entry point for the adapter); `scenario.py` runs them end to end."""
