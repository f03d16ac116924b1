"""Free the fixed input size of an ONNX model, so onnxruntime runs it at any size.

Some models declare a fixed input shape although every operator in them works at any
size (YuNet: 1 x 3 x 640 x 640, its reshapes use -1). onnxruntime refuses other sizes
("Got invalid dimensions for input"). :func:`free_dimensions` rewrites the model's
bytes: every fixed dimension of the graph's inputs and outputs after the first becomes a
named (free) one, and the shapes recorded for intermediate values are dropped (onnxruntime
infers them again). Weights and operators stay byte for byte as they were.

Plain protobuf wire format, so that no ``onnx`` package is needed: ModelProto.graph (7)
-> GraphProto.input (11) / output (12) / value_info (13) -> ValueInfoProto.type (2) ->
TypeProto.tensor_type (1) -> Tensor.shape (2) -> TensorShapeProto.dim (1) ->
Dimension.dim_value (1, varint) | dim_param (2, string).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

_VARINT, _I64, _LEN, _I32 = 0, 1, 2, 5
_GRAPH, _INPUT, _OUTPUT, _VALUE_INFO = 7, 11, 12, 13


class OnnxFormatError(ValueError):
    """The bytes are not a protobuf message of the expected shape."""


def _varint(data: bytes, pos: int) -> tuple[int, int]:
    value = shift = 0
    while True:
        if pos >= len(data) or shift > 63:
            raise OnnxFormatError("truncated varint")
        byte = data[pos]
        pos += 1
        value |= (byte & 0x7F) << shift
        shift += 7
        if not byte & 0x80:
            return value, pos


def _encode_varint(value: int) -> bytes:
    out = bytearray()
    while True:
        byte = value & 0x7F
        value >>= 7
        if value:
            out.append(byte | 0x80)
        else:
            out.append(byte)
            return bytes(out)


def _fields(data: bytes) -> Iterator[tuple[int, int, bytes, bytes]]:
    """(field number, wire type, the field's raw bytes, its payload) of each field."""
    pos = 0
    while pos < len(data):
        start = pos
        key, pos = _varint(data, pos)
        number, wire = key >> 3, key & 7
        if wire == _VARINT:
            _, end = _varint(data, pos)
            payload = data[pos:end]
        elif wire == _I64:
            end = pos + 8
            payload = data[pos:end]
        elif wire == _I32:
            end = pos + 4
            payload = data[pos:end]
        elif wire == _LEN:
            length, pos = _varint(data, pos)
            end = pos + length
            payload = data[pos:end]
        else:
            raise OnnxFormatError(f"unsupported wire type {wire}")
        if end > len(data):
            raise OnnxFormatError("truncated field")
        pos = end
        yield number, wire, data[start:end], payload


def _message(number: int, payload: bytes) -> bytes:
    return _encode_varint(number << 3 | _LEN) + _encode_varint(len(payload)) + payload


def _rewrite(data: bytes, number: int, change: Callable[[bytes], bytes | None]) -> bytes:
    """``data`` with each length-delimited field ``number`` replaced by ``change(payload)``.

    A field for which ``change`` returns ``None`` is dropped.
    """
    out = bytearray()
    for field, wire, raw, payload in _fields(data):
        if field == number and wire == _LEN:
            new = change(payload)
            if new is not None:
                out += _message(number, new)
        else:
            out += raw
    return bytes(out)


def _free_shape(shape: bytes, prefix: str) -> bytes:
    out = bytearray()
    index = 0
    for field, wire, raw, payload in _fields(shape):
        if field == 1 and wire == _LEN:
            dim = payload
            if index > 0 and any(f == 1 and w == _VARINT for f, w, _, _ in _fields(dim)):
                dim = _message(2, f"{prefix}_{index}".encode())
            out += _message(1, dim)
            index += 1
        else:
            out += raw
    return bytes(out)


def _free_value_info(info: bytes, prefix: str) -> bytes:
    return _rewrite(
        info, 2, lambda typ: _rewrite(
            typ, 1, lambda tensor: _rewrite(tensor, 2, lambda shape: _free_shape(shape, prefix))
        )
    )


def free_dimensions(model: bytes) -> bytes:
    """``model`` (an ONNX ModelProto) with free sizes; see the module's docstring."""
    counter = iter(range(1 << 30))

    def graph(payload: bytes) -> bytes:
        payload = _rewrite(payload, _VALUE_INFO, lambda _: None)
        for number in (_INPUT, _OUTPUT):
            payload = _rewrite(
                payload, number, lambda info: _free_value_info(info, f"free{next(counter)}")
            )
        return payload

    if not any(f == _GRAPH and w == _LEN for f, w, _, _ in _fields(model)):
        raise OnnxFormatError("no graph")
    return _rewrite(model, _GRAPH, graph)
