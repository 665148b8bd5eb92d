// Serves telegram-test-api, an independent Bot API emulator, for the groupops tests.
//   node emulator.mjs PORT
// Prints {"listening": "<url>"} once serving; stops when stdin closes or on SIGTERM/SIGINT.
//
// Two of the emulator's departures from the Bot API are corrected on the way through; every
// answer is still the emulator's own:
// - its getMe leaves out `is_bot`, which the Bot API always sends and both Python libraries
//   require (neither starts without it): added as true;
// - its getUpdates answers at once, ignoring `timeout`, so a polling bot would ask hundreds
//   of times a second: an empty answer is held until a member posts, at most HOLD_MS (less
//   than any timeout a bot asks for, so no answer is held longer than the bot would wait).
import http from "node:http";
import TelegramServer from "telegram-test-api";

const HOLD_MS = 1000;
const USER_EVENTS = ["AddedUserMessage", "AddedUserCommand", "AddedUserCallbackQuery"];

const port = Number(process.argv[2]);
if (!Number.isInteger(port) || port <= 0) {
  console.error("usage: node emulator.mjs PORT");
  process.exit(2);
}

// Not started itself (its own start() would serve `app` directly): nothing it keeps is
// dropped after storeTimeout either, so a slow machine loses no message a test reads.
const emulator = new TelegramServer({ port, host: "127.0.0.1" });
const app = emulator.webServer;

function waiting(token) {
  return emulator.storage.userMessages.some((u) => u.botToken === token && !u.isRead);
}

function posted() {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      for (const name of USER_EVENTS) emulator.off(name, done);
      resolve();
    };
    const timer = setTimeout(done, HOLD_MS);
    for (const name of USER_EVENTS) emulator.on(name, done);
  });
}

async function answer(req, res) {
  const match = /^\/bot([^/]+)\/(\w+)$/.exec(new URL(req.url, "http://x").pathname);
  const [token, method] = match ? [match[1], match[2]] : [null, null];
  if (method === "getMe") {
    res.json = function json(body) {
      if (body && body.ok && body.result && body.result.is_bot === undefined) {
        body.result.is_bot = true;
      }
      return app.response.json.call(this, body);
    };
  } else if (method === "getUpdates" && !waiting(token)) {
    await posted();
  }
  app(req, res);
}

const server = http.createServer(answer);
await new Promise((resolve, reject) => {
  server.once("listening", resolve).once("error", reject).listen(port, "127.0.0.1");
});
console.log(JSON.stringify({ listening: emulator.config.apiURL }));

function stop() {
  server.close(() => process.exit(0));
  server.closeAllConnections();
}
process.stdin.on("end", stop);
process.stdin.resume();
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
