"""The modules of a payment QR code: segno's symbol, with its error correction, placement and mask worked out
from tables.

``segno.make_qr(payload, error="m", boost_error=False, mask=0)`` computes the Reed-Solomon codewords by a
division a byte at a time, turns each codeword into bits through a generator, places each bit by walking the
whole symbol and applies the mask by calling a function for each module: about 2 ms of a 2-page invoice, the
largest single step of its story. Here segno still chooses the modes and the version and writes the data bits
(with its own functions); the error correction is the same division done with one table of remainders per
codeword count (a shift and an XOR of integers per data codeword), and the walk and the masked modules, which
depend on the version alone, are worked out once per version so that a symbol is one gather and one XOR of
bytes. The result is module for module segno's (``tests/studio_app/documents/test_qr.py`` compares them).
"""

from __future__ import annotations

from functools import lru_cache
from itertools import chain, zip_longest
from operator import itemgetter

from segno import consts, encoder

_ERROR = encoder.normalize_errorlevel("m")  # EPC069-12 asks for level M; DuitNow and myDATA read it as well
_MASK = 0  # fixed, as payment.QRCode chose: scoring all eight costs more than the rest, and every mask scans
_DIGITS = bytes.maketrans(b"\x00\x01", b"01")  # a 0/1 bit per byte -> the ASCII digits int(…, 2) reads
_BITS = tuple(bytes((value >> shift) & 1 for shift in range(7, -1, -1)) for value in range(256))  # codeword bits


def matrix(payload: bytes) -> tuple[bytearray, ...]:
    """The rows of the QR code of ``payload`` (1 dark, 0 light): ``segno.make_qr(payload, error="m",
    boost_error=False, mask=0).matrix``."""
    segments = _segments(payload)
    version = encoder.find_version(segments, _ERROR, eci=False, micro=False)
    bits = encoder.Buffer()
    for segment in segments:
        encoder.write_segment(bits, segment, None, encoder.version_range(version), False)
    capacity = consts.SYMBOL_CAPACITY[version][_ERROR]
    encoder.write_terminator(bits, capacity, None, len(bits))
    encoder.write_padding_bits(bits, version, len(bits))
    encoder.write_pad_codewords(bits, version, capacity, len(bits))
    data = bytes(bits.getbits())
    codewords = int(data.translate(_DIGITS), 2).to_bytes(len(data) // 8, "big")
    size, template, gather, mask = _layout(version)
    modules = gather(_final_message(version, codewords) + template)
    flat = (int.from_bytes(bytes(modules), "big") ^ mask).to_bytes(size * size, "big")
    rows = tuple(bytearray(flat[start:start + size]) for start in range(0, size * size, size))
    encoder.add_format_info(rows, version, _ERROR, _MASK)
    encoder.add_version_info(rows, version)
    return rows


def _segments(payload: bytes) -> encoder.Segments:
    """``encoder.prepare_data(payload, None, None)``: a payload in byte mode (a payment's, with its line breaks)
    written eight bits a byte from a table, not by a generator per byte."""
    if encoder.find_mode(payload) != consts.MODE_BYTE:
        return encoder.prepare_data(payload, None, None)
    segments = encoder.Segments()
    bits = bytearray(b"".join(map(_BITS.__getitem__, payload)))
    segments.add_segment(encoder._Segment(bits, len(payload), consts.MODE_BYTE, consts.DEFAULT_BYTE_ENCODING))
    return segments


def _final_message(version: int, codewords: bytes) -> bytes:
    """segno's ``make_final_message(...).getbits()``: the data and error correction blocks interleaved, one byte
    per bit, the remainder bits at the end."""
    data_blocks, error_blocks = [], []
    start = 0
    for info in consts.ECC[version][_ERROR]:
        count = info.num_total - info.num_data
        table, keep = _remainders(count), (1 << (8 * count)) - 1
        shift = 8 * (count - 1)
        for _ in range(info.num_blocks):
            block = codewords[start:start + info.num_data]
            start += info.num_data
            remainder = 0  # the division as a shift register: the remainder's bytes as one integer
            for value in block:
                remainder = ((remainder << 8) & keep) ^ table[value ^ (remainder >> shift)]
            data_blocks.append(block)
            error_blocks.append(remainder.to_bytes(count, "big"))
    interleaved = [value for value in chain.from_iterable(zip_longest(*data_blocks)) if value is not None]
    interleaved += [value for value in chain.from_iterable(zip_longest(*error_blocks)) if value is not None]
    return b"".join(map(_BITS.__getitem__, interleaved)) + bytes(_remainder_bits(version))


def _remainder_bits(version: int) -> int:
    if version in (2, 3, 4, 5, 6):
        return 7
    if version in (14, 15, 16, 17, 18, 19, 20, 28, 29, 30, 31, 32, 33, 34):
        return 3
    return 4 if version in (21, 22, 23, 24, 25, 26, 27) else 0


@lru_cache(maxsize=None)
def _remainders(count: int) -> tuple[int, ...]:
    """For each leading coefficient, what one step of segno's division XORs into the next ``count`` codewords
    (``GALIOS_EXP[log coef + generator[n]]``), as one integer."""
    generator, log, exp = consts.GEN_POLY[count], consts.GALIOS_LOG, consts.GALIOS_EXP
    table = [0]
    for coef in range(1, 256):
        table.append(int.from_bytes(bytes(exp[log[coef] + generator[n]] for n in range(count)), "big"))
    return tuple(table)


@lru_cache(maxsize=None)
def _layout(version: int) -> tuple[int, bytes, itemgetter, int]:
    """A version's side, its empty symbol (finder, timing and alignment patterns, reserved areas) as one row after
    another, the gather that puts the final message's bits where segno's ``add_codewords`` puts them (from the
    message followed by that empty symbol: module p takes bit k, or the empty symbol's own value), and the modules
    the mask inverts, as an integer of one byte per module."""
    size = encoder.calc_matrix_size(version)
    template = encoder.make_matrix(size, size)
    encoder.add_finder_patterns(template, size, size)
    encoder.add_alignment_patterns(template, size, size)
    order = []
    for right in range(size - 1, 0, -2):  # two-module columns, right to left, alternately up and down
        if right <= 6:
            right -= 1  # the vertical timing pattern is skipped
        for vertical in range(size):
            for j in (right, right - 1):
                upwards = ((right & 2) == 0) ^ (j < 6)
                i = size - 1 - vertical if upwards else vertical
                if template[i][j] == 0x2:
                    order.append(i * size + j)
    length = sum(info.num_total * info.num_blocks for info in consts.ECC[version][_ERROR]) * 8 \
        + _remainder_bits(version)
    flat = b"".join(bytes(row) for row in template)
    source = [length + position for position in range(size * size)]
    for bit, position in enumerate(order[:length]):
        source[position] = bit
    function = bytearray(flat)
    function[(size - 8) * size + 8] = 0x1  # the dark module is not masked
    pattern = encoder.get_data_mask_functions(False)[_MASK]
    mask = bytes(1 if function[i * size + j] > 0x1 and pattern(i, j) else 0 for i in range(size) for j in range(size))
    return size, flat, itemgetter(*source), int.from_bytes(mask, "big")
