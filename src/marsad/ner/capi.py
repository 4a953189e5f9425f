"""crfsuite's own C API, called through ctypes, for the fast NER path.

python-crfsuite hands crfsuite an item as a dict of attribute strings: each
``Tagger.tag`` call copies every string into C++ vectors, and crfsuite looks
each one up in its attribute table. The fast path (:mod:`marsad.ner.fast`) gives
every token the same few basis attributes, so their ids can be looked up once:
:class:`DirectTagger` writes a sentence's values into a fixed array of
``(attribute id, value)`` records and calls crfsuite's ``set``, ``viterbi`` and
``marginal_point`` on them. It is the same library (the one inside
python-crfsuite's extension module, whose C API is exported), reading the same
model file and the same doubles in the same order, so tags and marginals are the
ones ``pycrfsuite.Tagger`` gives, bit for bit (``tests/test_ner.py`` compares both).

Where the library cannot be reached this way (another build of python-crfsuite
without the exported C API), :func:`open_direct` returns None and the caller keeps
``pycrfsuite.Tagger``.
"""
from __future__ import annotations

import ctypes
import logging
import weakref
from array import array
from ctypes import POINTER, Structure, byref, c_char_p, c_double, c_int, c_void_p
from typing import Sequence

log = logging.getLogger(__name__)


class _Instance(Structure):  # crfsuite_instance_t
    _fields_ = [("num_items", c_int), ("cap_items", c_int), ("items", c_void_p), ("labels", c_void_p),
                ("weight", c_double), ("group", c_int)]


_F = ctypes.CFUNCTYPE
_SELF = c_void_p


class _TaggerIface(Structure):  # struct tag_crfsuite_tagger
    _fields_ = [("internal", c_void_p), ("nref", c_int),
                ("addref", _F(c_int, _SELF)), ("release", _F(c_int, _SELF)),
                ("set", _F(c_int, _SELF, POINTER(_Instance))), ("length", _F(c_int, _SELF)),
                ("viterbi", _F(c_int, _SELF, c_void_p, POINTER(c_double))),
                ("score", _F(c_int, _SELF, c_void_p, POINTER(c_double))),
                ("lognorm", _F(c_int, _SELF, POINTER(c_double))),
                ("marginal_point", _F(c_int, _SELF, c_int, c_int, POINTER(c_double))),
                ("marginal_path", _F(c_int, _SELF, c_void_p, c_int, c_int, POINTER(c_double)))]


class _DictIface(Structure):  # struct tag_crfsuite_dictionary
    _fields_ = [("internal", c_void_p), ("nref", c_int),
                ("addref", _F(c_int, _SELF)), ("release", _F(c_int, _SELF)),
                ("get", _F(c_int, _SELF, c_char_p)), ("to_id", _F(c_int, _SELF, c_char_p)),
                ("to_string", _F(c_int, _SELF, c_int, POINTER(c_char_p))), ("num", _F(c_int, _SELF)),
                ("free", _F(None, _SELF, c_char_p))]


class _ModelIface(Structure):  # struct tag_crfsuite_model
    _fields_ = [("internal", c_void_p), ("nref", c_int),
                ("addref", _F(c_int, _SELF)), ("release", _F(c_int, _SELF)),
                ("get_tagger", _F(c_int, _SELF, POINTER(c_void_p))),
                ("get_labels", _F(c_int, _SELF, POINTER(c_void_p))),
                ("get_attrs", _F(c_int, _SELF, POINTER(c_void_p))),
                ("dump", _F(c_int, _SELF, c_void_p))]


_lib = None


def _library():
    """The crfsuite library inside python-crfsuite's extension module (None if its C API is not exported)."""
    global _lib
    if _lib is None:
        try:
            from pycrfsuite import _pycrfsuite

            lib = ctypes.CDLL(_pycrfsuite.__file__)
            f = lib.crfsuite_create_instance_from_file
        except (ImportError, OSError, AttributeError) as e:
            log.info("NER: crfsuite's C API is not reachable (%s); tagging through pycrfsuite", e)
            _lib = False
            return None
        f.argtypes = [c_char_p, POINTER(c_void_p)]
        f.restype = c_int
        _lib = lib
    return _lib or None


def _release(model: int, tagger: int) -> None:
    if tagger:
        t = _TaggerIface.from_address(tagger)
        t.release(tagger)
    if model:
        m = _ModelIface.from_address(model)
        m.release(model)


class DirectTagger:
    """One crfsuite CRF1d model whose items all carry the same attributes ``keys`` (in that order).

    ``tag(values, n)``: ``values`` holds ``n * len(keys)`` doubles, token by token, each token's in
    the order of ``keys``; the result is the Viterbi label ids. ``marginal(label_id, t)`` then gives
    the marginal probability of a label at a position of that sentence. Not thread-safe: the caller
    serialises calls (as with a ``pycrfsuite.Tagger``).
    """

    def __init__(self, path: str, keys: Sequence[bytes]):
        lib = _library()
        if lib is None:
            raise OSError("crfsuite's C API is not reachable")
        model = c_void_p()
        if lib.crfsuite_create_instance_from_file(path.encode(), byref(model)) or not model.value:
            raise OSError(f"crfsuite cannot open {path}")
        self._model = m = _ModelIface.from_address(model.value)
        tagger = c_void_p()
        if m.get_tagger(model.value, byref(tagger)) or not tagger.value:
            m.release(model.value)
            raise OSError("crfsuite gives no tagger for the model")
        self._finalizer = weakref.finalize(self, _release, model.value, tagger.value)
        attrs, labels = c_void_p(), c_void_p()
        m.get_attrs(model.value, byref(attrs))
        m.get_labels(model.value, byref(labels))
        ad = _DictIface.from_address(attrs.value)
        ld = _DictIface.from_address(labels.value)
        self.aids = [ad.to_id(attrs.value, k) for k in keys]
        if min(self.aids, default=-1) < 0:
            raise ValueError("a basis attribute is not in the model")
        names = []
        for i in range(ld.num(labels.value)):
            s = c_char_p()
            ld.to_string(labels.value, i, byref(s))
            names.append(s.value.decode("utf-8"))
        self.labels = names
        self.width = len(keys)
        self._ptr = tagger.value
        t = _TaggerIface.from_address(tagger.value)
        self._set, self._viterbi, self._marginal = t.set, t.viterbi, t.marginal_point
        self._inst = _Instance()
        self._prob = c_double()
        self._pprob = byref(self._prob)
        self._pinst = byref(self._inst)
        self._cap = 0
        self._grow(256)

    def _grow(self, cap: int) -> None:
        """Room for sentences of ``cap`` tokens: the records' attribute ids are written once, so a
        sentence only writes its values (the odd doubles of ``_contents``)."""
        w = self.width
        rec = b"".join(bytes(_Attr(aid, 0.0)) for aid in self.aids)
        self._contents = array("d")
        self._contents.frombytes(rec * cap)
        base = self._contents.buffer_info()[0]
        items = (_Item * cap)()
        for t in range(cap):
            items[t].num_contents = items[t].cap_contents = w
            items[t].contents = base + 16 * w * t
        self._items = items
        self._labels = array("i", bytes(4 * cap))
        self._inst.cap_items = cap
        self._inst.items = ctypes.addressof(items)
        self._inst.labels = None
        self._inst.weight = 1.0
        self._cap = cap

    def tag(self, values, n: int) -> array:
        """Viterbi label ids of one sentence of ``n`` tokens (``values``: an ``array('d')`` of
        ``n * width`` doubles)."""
        if n > self._cap:
            self._grow(max(n, 2 * self._cap))
        self._contents[1:2 * self.width * n:2] = values
        self._inst.num_items = n
        ptr = self._ptr
        self._set(ptr, self._pinst)
        labels = self._labels
        self._viterbi(ptr, labels.buffer_info()[0], None)
        return labels[:n]

    def marginal(self, label: int, t: int) -> float:
        """Marginal probability of label id ``label`` at position ``t`` of the sentence last tagged."""
        self._marginal(self._ptr, label, t, self._pprob)
        return self._prob.value


class _Attr(Structure):  # crfsuite_attribute_t
    _fields_ = [("aid", c_int), ("value", c_double)]


class _Item(Structure):  # crfsuite_item_t
    _fields_ = [("num_contents", c_int), ("cap_contents", c_int), ("contents", c_void_p)]


def open_direct(path: str, keys: Sequence[bytes]) -> DirectTagger | None:
    """A :class:`DirectTagger` for the model file, or None when crfsuite's C API is not reachable."""
    try:
        return DirectTagger(path, keys)
    except (OSError, ValueError) as e:
        log.info("NER: tagging through pycrfsuite (%s)", e)
        return None
