"""The operator console: a web page over the same database as the bot (`groupops dashboard`).

`links` (one-time sign-in links), `requests` (what an operator asks the engine to do, carried
out by the `console` component), `views` (what the pages read), `svg` (charts) and the web
application in `app` (Starlette and Jinja2, the `dashboard` extra; only `app` and `server`
import them).
"""
