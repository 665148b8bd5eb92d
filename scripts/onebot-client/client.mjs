// A OneBot 12 implementation's side of a reverse WebSocket, on npm `ws`: it connects to the
// app offering the subprotocol `12.<impl>`, as the spec has it, and `ws` aborts the handshake
// unless the app answers with it. Once open it sends the `connect` meta event and answers the
// few actions an app asks on connecting. One JSON line on stdout per step.
//
//   node client.mjs URL ACCESS_TOKEN
import { WebSocket } from "ws";

const [url, token] = process.argv.slice(2);
const impl = "wsclient";
const me = { platform: "wechat", user_id: "bot" };
const say = (line) => process.stdout.write(JSON.stringify(line) + "\n");
const event = (detail_type, fields) => ({
  id: String(Date.now()), time: Date.now() / 1000, type: "meta", detail_type, sub_type: "",
  ...fields,
});
const answers = {
  get_supported_actions: () => ["get_supported_actions", "get_status", "get_version",
    "get_self_info", "send_message"],
  get_status: () => ({ good: true, bots: [{ self: me, online: true }] }),
  get_version: () => ({ impl, version: "1.0.0", onebot_version: "12" }),
  get_self_info: () => ({ user_id: me.user_id, user_name: "GroupBot", user_displayname: "" }),
  send_message: () => ({ message_id: "s1", time: Date.now() / 1000 }),
};

const ws = new WebSocket(url, [`12.${impl}`], { headers: { Authorization: `Bearer ${token}` } });
ws.on("open", () => {
  say({ open: ws.protocol });
  ws.send(JSON.stringify(event("connect", { version: answers.get_version() })));
});
ws.on("message", (raw) => {
  const request = JSON.parse(raw.toString());
  const answer = answers[request.action];
  say({ request: request.action });
  ws.send(JSON.stringify(answer
    ? { status: "ok", retcode: 0, data: answer(), message: "", echo: request.echo }
    : { status: "failed", retcode: 10002, data: null, message: "unsupported", echo: request.echo }));
});
ws.on("error", (error) => {
  say({ error: error.message });
  process.exit(1);
});
ws.on("close", () => process.exit(0));
process.stdin.on("end", () => ws.close());
process.stdin.resume();
