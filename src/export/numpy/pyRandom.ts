/**
 * The Python text of the script's seeded generator: the lab's sfc32 with named streams
 * (src/core/random.ts), written with explicit 32-bit masks so Python's unbounded integers give
 * the very same words JavaScript's 32-bit operations give. Only the streams training draws
 * from after the start — shuffling and dropout — are needed: the data and the initial
 * parameters travel in the script as numbers.
 */
export const PY_RANDOM = String.raw`
# ── The seeded generator ─────────────────────────────────────────────────────
# sfc32 (Small Fast Chaotic, 128-bit state) seeded through splitmix32, as in the lab. Each
# consumer draws from its own stream named after it, so shuffling and dropout masks here are
# the lab's own.

M32 = 0xFFFFFFFF


def hash_string(text):
    """FNV-1a of a stream's name, to 32 bits."""
    h = 0x811C9DC5
    for ch in text:
        h = ((h ^ ord(ch)) * 0x01000193) & M32
    return h


class Random:
    def __init__(self, seed, stream):
        s = (seed ^ hash_string(stream)) & M32
        words = []
        for _ in range(4):  # splitmix32 spreads the seed
            s = (s + 0x9E3779B9) & M32
            z = ((s ^ (s >> 16)) * 0x85EBCA6B) & M32
            z = ((z ^ (z >> 13)) * 0xC2B2AE35) & M32
            words.append(z ^ (z >> 16))
        self.a, self.b, self.c, self.d = words[0], words[1], words[2], words[3] | 1
        for _ in range(12):
            self.next_uint32()

    def next_uint32(self):
        t = (self.a + self.b + self.d) & M32
        self.d = (self.d + 1) & M32
        self.a = self.b ^ (self.b >> 9)
        self.b = (self.c + (self.c << 3)) & M32
        self.c = ((self.c << 21) | (self.c >> 11)) & M32
        self.c = (self.c + t) & M32
        return t

    def next(self):
        """Uniform in [0, 1) with 53 random bits."""
        hi = self.next_uint32() >> 5
        lo = self.next_uint32() >> 6
        return (hi * 67108864 + lo) / 9007199254740992

    def shuffle(self, order):
        """Fisher–Yates, in place."""
        for i in range(len(order) - 1, 0, -1):
            j = math.floor(self.next() * (i + 1))
            order[i], order[j] = order[j], order[i]
`;
