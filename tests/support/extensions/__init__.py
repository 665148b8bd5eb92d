"""Extensions written as a contributor would, each in its own file with one registration line
(a decorator, or an entry point for the adapter); a package of them is installed with two
entry points, the component's (whose module imports the detector and the campaign kind) and
the adapter's. `scenario.py` runs them end to end."""
