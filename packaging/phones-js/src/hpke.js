// HPKE (RFC 9180) single-shot base-mode sealing for the phone sign-up page, composed from the
// audited noble libraries. Suite as the kit seals (kit/protect/sealing.py):
// DHKEM(X25519, HKDF-SHA256), HKDF-SHA256, ChaCha20-Poly1305. Only Seal is here: the phone
// never opens anything. Checked against RFC 9180 A.2.1 and against the kit's Python opener
// (tests/e2e/test_phones_browser.py).
import { x25519 } from '@noble/curves/ed25519.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { extract, expand } from '@noble/hashes/hkdf.js';
import { chacha20poly1305 } from '@noble/ciphers/chacha.js';

const utf8 = (text) => new TextEncoder().encode(text);
const concat = (...parts) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) { out.set(p, at); at += p.length; }
  return out;
};
const i2osp2 = (n) => new Uint8Array([(n >> 8) & 0xff, n & 0xff]);

const KEM_ID = 0x0020, KDF_ID = 0x0001, AEAD_ID = 0x0003;
const KEM_SUITE = concat(utf8('KEM'), i2osp2(KEM_ID));
const HPKE_SUITE = concat(utf8('HPKE'), i2osp2(KEM_ID), i2osp2(KDF_ID), i2osp2(AEAD_ID));
const V1 = utf8('HPKE-v1');
const EMPTY = new Uint8Array(0);

// RFC 9180 section 4: LabeledExtract and LabeledExpand.
const labeledExtract = (suite, salt, label, ikm) =>
  extract(sha256, concat(V1, suite, utf8(label), ikm), salt);
const labeledExpand = (suite, prk, label, info, length) =>
  expand(sha256, prk, concat(i2osp2(length), V1, suite, utf8(label), info), length);

// Section 4.1: DHKEM Encap with the ephemeral secret skE (fresh unless a test gives one).
function encap(pkR, skE) {
  const enc = x25519.getPublicKey(skE);
  const dh = x25519.getSharedSecret(skE, pkR); // noble refuses an all-zero result
  const eaePrk = labeledExtract(KEM_SUITE, EMPTY, 'eae_prk', dh);
  const shared = labeledExpand(KEM_SUITE, eaePrk, 'shared_secret', concat(enc, pkR), 32);
  return { shared, enc };
}

// Section 5.1: KeySchedule for mode_base (no PSK).
function keySchedule(shared, info) {
  const pskIdHash = labeledExtract(HPKE_SUITE, EMPTY, 'psk_id_hash', EMPTY);
  const infoHash = labeledExtract(HPKE_SUITE, EMPTY, 'info_hash', info);
  const context = concat(new Uint8Array([0]), pskIdHash, infoHash);
  const secret = labeledExtract(HPKE_SUITE, shared, 'secret', EMPTY);
  return {
    key: labeledExpand(HPKE_SUITE, secret, 'key', context, 32),
    nonce: labeledExpand(HPKE_SUITE, secret, 'base_nonce', context, 12),
  };
}

// Section 6.1 single-shot Seal (sequence number 0, so the nonce is base_nonce): enc || ct,
// which is what cryptography's Suite.decrypt reads.
function sealWith(pkR, info, aad, plaintext, skE) {
  const { shared, enc } = encap(pkR, skE);
  const { key, nonce } = keySchedule(shared, info);
  return { enc, ct: chacha20poly1305(key, nonce, aad).encrypt(plaintext) };
}

function seal(pkR, info, plaintext) {
  const { enc, ct } = sealWith(pkR, info, EMPTY, plaintext, x25519.utils.randomSecretKey());
  return concat(enc, ct);
}

globalThis.OutreachHpke = Object.freeze({ seal, sealWith });
