"""The modules of a payment QR code: segno's symbol, with its placement and mask taken from tables per version.

``segno.make_qr(payload, error="m", boost_error=False, mask=0)`` places each bit of the message by walking the
whole symbol and applies the mask by calling a function for each module: about 3 ms of a 2-page invoice, the
largest single step of its story. The walk and the masked modules depend on the symbol's version alone, so here
they are worked out once per version (with segno's own functions) and each symbol only fills them in. segno
still encodes the data and computes the error correction, the format and the version information; the result is
module for module segno's (``tests/studio_app/documents/test_qr.py`` compares them).
"""

from __future__ import annotations

from functools import lru_cache

from segno import consts, encoder

_ERROR = encoder.normalize_errorlevel("m")  # EPC069-12 asks for level M; DuitNow and myDATA read it as well
_MASK = 0  # fixed, as payment.QRCode chose: scoring all eight costs more than the rest, and every mask scans


def matrix(payload: bytes) -> tuple[bytearray, ...]:
    """The rows of the QR code of ``payload`` (1 dark, 0 light): ``segno.make_qr(payload, error="m",
    boost_error=False, mask=0).matrix``."""
    segments = encoder.prepare_data(payload, None, None)
    version = encoder.find_version(segments, _ERROR, eci=False, micro=False)
    bits = encoder.Buffer()
    for segment in segments:
        encoder.write_segment(bits, segment, None, encoder.version_range(version), False)
    capacity = consts.SYMBOL_CAPACITY[version][_ERROR]
    encoder.write_terminator(bits, capacity, None, len(bits))
    encoder.write_padding_bits(bits, version, len(bits))
    encoder.write_pad_codewords(bits, version, capacity, len(bits))
    message = encoder.make_final_message(version, _ERROR, bits).getbits()
    template, order, masked = _layout(version)
    rows = tuple(bytearray(row) for row in template)
    for (i, j), bit in zip(order, message):
        rows[i][j] = bit
    for i, j in masked:
        rows[i][j] ^= 1
    encoder.add_format_info(rows, version, _ERROR, _MASK)
    encoder.add_version_info(rows, version)
    return rows


@lru_cache(maxsize=None)
def _layout(version: int) -> tuple[tuple[bytes, ...], tuple[tuple[int, int], ...], tuple[tuple[int, int], ...]]:
    """A version's empty symbol (finder, timing and alignment patterns, reserved areas), the modules the message
    fills in the order segno's ``add_codewords`` fills them, and the modules the mask inverts."""
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
                    order.append((i, j))
    function = [bytearray(row) for row in template]
    function[-8][8] = 0x1  # the dark module is not masked
    pattern = encoder.get_data_mask_functions(False)[_MASK]
    masked = tuple((i, j) for i in range(size) for j in range(size) if function[i][j] > 0x1 and pattern(i, j))
    return tuple(bytes(row) for row in template), tuple(order), masked
