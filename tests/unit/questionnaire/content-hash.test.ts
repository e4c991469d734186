import { describe, expect, it } from 'vitest'
import { canonicalJson, contentHash } from '@/domain/questionnaire/content-hash'
import { sha256Bytes, sha256Hex } from '@/domain/sha256'

describe('sha256Hex', () => {
  it.each([
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    ['abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq', '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1'],
    [
      'abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu',
      'cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1',
    ],
    ['a'.repeat(1_000_000), 'cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0'],
    // UTF-8: ö and ü are two bytes each; the digest was computed with Node's crypto module.
    ['Größe ändern: Ü', '67dc07d441eb188cdaf2ad64911193ebbfd4881c73714610e131cb8dfbb7b2df'],
  ])('matches the known digest of %#', (input, digest) => {
    expect(sha256Hex(input)).toBe(digest)
  })

  it('handles every padding boundary around one block', () => {
    // Lengths 55, 56 and 64 change how the length field fits into the last block.
    expect(sha256Hex('x'.repeat(55))).toBe('d5e285683cd4efc02d021a5c62014694958901005d6f71e89e0989fac77e4072')
    expect(sha256Hex('x'.repeat(56))).toBe('04c26261370ee7541549d16dee320c723e3fd14671e66a099afe0a377c16888e')
    expect(sha256Hex('x'.repeat(64))).toBe('7ce100971f64e7001e8fe5a51973ecdfe1ced42befe7ee8d5fd6219506b5393c')
  })

  it('hashes raw bytes', () => {
    expect(sha256Bytes(new Uint8Array([0x61, 0x62, 0x63]))).toBe(sha256Hex('abc'))
  })
})

describe('contentHash', () => {
  it('serialises canonically: sorted keys, no whitespace, top-level $schema left out', () => {
    expect(canonicalJson({ b: [1, { d: 'ü', c: null }], a: true, $schema: 'x', u: undefined })).toBe('{"a":true,"b":[1,{"c":null,"d":"ü"}]}')
    expect(canonicalJson({ nested: { $schema: 'kept' } })).toBe('{"nested":{"$schema":"kept"}}')
  })

  it('ignores key order, formatting and $schema, but not content', () => {
    const a = JSON.parse('{"id":"x","list":[1,2],"text":{"de":"Ä","en":"A"}}')
    const b = JSON.parse('{ "$schema": "./schema.json", "text": { "en": "A", "de": "Ä" },\n "list": [1, 2], "id": "x" }')
    expect(contentHash(a)).toBe(contentHash(b))
    expect(contentHash(a)).toMatch(/^sha256-[0-9a-f]{64}$/)
    expect(contentHash({ ...a, list: [2, 1] })).not.toBe(contentHash(a))
  })
})
