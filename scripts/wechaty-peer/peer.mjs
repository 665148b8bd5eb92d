// A local WeChat stand-in for the tests: wechaty-puppet-mock served over the Wechaty Puppet
// Service gRPC protocol by wechaty-puppet-service's PuppetServer (127.0.0.1, TLS off, a token).
//
//   node peer.mjs --port 8788 --token secret [--tls]
//
// The test drives the mock world through JSON lines on stdin and reads one JSON answer per
// command on stdout ({"ok": ...} or {"error": "..."}); the first line is {"ready": port}
// (with --tls also "ca": the PEM of the CA behind wechaty-puppet-service's built-in
// certificate, whose name is "insecure").
// Where the mock leaves a gap a real back-end fills, this script fills it, so the adapter
// meets the behaviour it will meet in the field:
//   - messageSendText records what the bot said and returns a message id;
//   - messageRecall recalls the bot's own messages (and refuses others, as WeChat does);
//   - roomDel removes the member (and the room emits room-leave) when the bot owns the room,
//     and refuses otherwise, as WeChat does.
import readline from 'node:readline'
import { PuppetMock, mock } from 'wechaty-puppet-mock'
import { PuppetServer } from 'wechaty-puppet-service'

const args = Object.fromEntries(
  process.argv.slice(2).reduce((pairs, arg, i, all) => (
    arg.startsWith('--') ? [...pairs, [arg.slice(2), all[i + 1] ?? '']] : pairs
  ), []),
)

const mocker = new mock.Mocker()
const puppet = new PuppetMock({ mocker })
const sent = []  // {conversation, text, mentions, id}
let nextId = 1

const contact = (id) => mocker.ContactMock.load(id)
const room = (id) => mocker.RoomMock.load(id)

puppet.messageSendText = async (conversationId, text, mentionIdList = []) => {
  if (!/@/.test(conversationId) && !mocker.cacheContactPayload.has(conversationId)) {
    throw new Error(`contact ${conversationId} not exist`)
  }
  if (/@/.test(conversationId)) room(conversationId)  // throws for an unknown room
  const id = `sent-${nextId++}`
  sent.push({ conversation: conversationId, text, mentions: mentionIdList, id })
  return id
}

puppet.messageRecall = async (messageId) => {
  const own = sent.find(s => s.id === messageId && !s.recalled)
  if (own) own.recalled = true
  return Boolean(own)
}

puppet.roomDel = async (roomId, contactId) => {
  const target = room(roomId)
  if (target.payload.ownerId !== puppet.currentUserId) {
    throw new Error(`only the owner of ${roomId} can remove members`)
  }
  target.remove(contact(contactId)).by(contact(puppet.currentUserId))
}

// contacts are the account's friends unless `friend: false` (a stranger met in a room)
const ensureContact = ({ id, name, friend = true }) => (
  mocker.cacheContactPayload.has(id) ? contact(id) : mocker.createContact({ id, name: name || id, friend })
)

const commands = {
  // {self: {id, name}, contacts: [{id, name, friend?}], rooms: [{id, topic, owner, members: [id]}]}
  world ({ self, contacts = [], rooms = [] }) {
    if (self && !puppet.isLoggedIn) mocker.login(ensureContact(self))
    contacts.forEach(ensureContact)
    for (const r of rooms) {
      if (mocker.cacheRoomPayload.has(r.id)) continue
      mocker.createRoom({
        id: r.id,
        topic: r.topic || r.id,
        ownerId: r.owner || '',
        adminIdList: r.admins || [],
        memberIdList: [...r.members],
      })
    }
    return true
  },
  // someone speaks in a room (or privately to the bot), optionally @-mentioning contacts
  say ({ from, room: roomId, text, mentions = [] }) {
    const target = roomId ? room(roomId) : contact(puppet.currentUserId)
    contact(from).say(text, mentions.map(contact)).to(target)
    return true
  },
  add ({ room: roomId, members, by }) {
    members.forEach(id => ensureContact({ id }))
    room(roomId).add(...members.map(contact)).by(contact(by))
    return true
  },
  remove ({ room: roomId, members, by }) {
    room(roomId).remove(...members.map(contact)).by(contact(by))
    return true
  },
  // a member leaves on their own: WeChat announces nothing
  quit ({ room: roomId, member }) {
    const list = room(roomId).payload.memberIdList
    list.splice(list.indexOf(member), 1)
    return true
  },
  // the account behind the bridge logs out (WeChat kicked the session) and back in
  logout () {
    puppet.logout('test').catch(() => {})
    return true
  },
  login ({ id }) {
    if (!puppet.isLoggedIn) mocker.login(contact(id))
    return true
  },
  members ({ room: roomId }) {
    return [...room(roomId).payload.memberIdList]
  },
  sent ({ conversation }) {
    return sent.filter(s => s.conversation === conversation)
  },
}

await puppet.start()
const tls = 'tls' in args
const server = new PuppetServer({
  endpoint: `127.0.0.1:${args.port}`,
  puppet,
  token: args.token,
  tls: { disable: !tls },
})
await server.start()
const ready = { ready: Number(args.port) }
if (tls) {  // the package exports no path to its CA module: load it by file
  const ca = new URL('./node_modules/wechaty-puppet-service/dist/esm/src/auth/ca.js', import.meta.url)
  ready.ca = (await import(ca.href)).TLS_CA_CERT
}
process.stdout.write(JSON.stringify(ready) + '\n')

const shutdown = async () => {
  await server.stop().catch(() => {})
  await puppet.stop().catch(() => {})
  process.exit(0)
}
process.on('SIGTERM', shutdown)

const lines = readline.createInterface({ input: process.stdin })
lines.on('line', (line) => {
  let answer
  try {
    const { op, ...params } = JSON.parse(line)
    if (!(op in commands)) throw new Error(`unknown command ${op}`)
    answer = { ok: commands[op](params) }
  } catch (e) {
    answer = { error: String(e && e.message ? e.message : e) }
  }
  process.stdout.write(JSON.stringify(answer) + '\n')
})
lines.on('close', shutdown)
