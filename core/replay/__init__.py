"""`groupops replay`: what a ruleset would have done to a real chat history."""
