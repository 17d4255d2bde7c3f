// Cross-checks CoproBot's Ed25519 request signing against Discord's own npm package and Node's WebCrypto.
// Usage: node cross-check.mjs verify|sign <tools folder>, with a JSON request on standard input.
//   verify {body, signature, timestamp, publicKey} -> prints "valid" or "invalid" (discord-interactions' verifyKey)
//   sign   {body}                                  -> prints {publicKey, signature, timestamp} signed with a fresh key
import { createRequire } from 'node:module';
import path from 'node:path';
import { webcrypto } from 'node:crypto';

const [mode, toolsFolder] = process.argv.slice(2);
const require = createRequire(path.join(toolsFolder, 'package.json'));
const { verifyKey } = require('discord-interactions');

let input = '';
for await (const chunk of process.stdin) input += chunk;
const request = JSON.parse(input);
const toHex = (bytes) => Buffer.from(bytes).toString('hex');

if (mode === 'verify') {
  const valid = await verifyKey(request.body, request.signature, request.timestamp, request.publicKey);
  console.log(valid ? 'valid' : 'invalid');
} else if (mode === 'sign') {
  const keys = await webcrypto.subtle.generateKey({ name: 'Ed25519' }, true, ['sign', 'verify']);
  const timestamp = String(Math.floor(Date.now() / 1000));
  const signature = await webcrypto.subtle.sign('Ed25519', keys.privateKey, Buffer.from(timestamp + request.body, 'utf8'));
  const publicKey = await webcrypto.subtle.exportKey('raw', keys.publicKey);
  console.log(JSON.stringify({ publicKey: toHex(publicKey), signature: toHex(signature), timestamp }));
} else {
  console.error('Unknown mode: ' + mode);
  process.exit(2);
}
