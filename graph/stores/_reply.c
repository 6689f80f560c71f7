/*
 * Big answers of the embedded store, read in C: FalkorDB's compact replies straight into rows.
 *
 * A compact reply holds every cell as a pair [kind, value]. Parsed by hiredis, a 338,000-row
 * answer becomes millions of Python lists that the store's decoder then takes apart again
 * (issue 19: about two thirds of `timeline`'s time outside the server at 1M relationships).
 * This module reads the reply's bytes once and makes only the objects the answer keeps:
 * a dict per row, and the cells' own values.
 *
 * Scanner  finds where one complete reply ends in a growing buffer, resumably (each byte
 *          is looked at once, however the reply arrives).
 * decode   turns one complete reply into Python values, as hiredis would (str, int, None,
 *          lists, error replies as instances of the given class), except that in a
 *          [header, rows, statistics] reply each row becomes a dict of its cells' values:
 *          null, string, integer, boolean and double cells, lists and maps are decoded here;
 *          a cell of any other kind (node, edge, path, temporal, point, vector) is left as
 *          the tuple (kind, value-as-hiredis-gives-it) for the Python decoder to finish.
 *
 * Anything unexpected (a shape this module does not know, nesting deeper than MAX_DEPTH,
 * bytes that are not UTF-8) raises Refused; the caller then parses the same bytes with
 * hiredis, so this module only ever changes how fast an answer is read, never what it is.
 */

#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdint.h>
#include <string.h>

#define MAX_DEPTH 256

static PyObject *Refused; /* _reply.Refused */

/* -- Scanner --------------------------------------------------------------------------- */

typedef struct {
    PyObject_HEAD
    Py_ssize_t pos;                /* where the next element not yet seen starts */
    int depth;                     /* open arrays */
    long long remaining[MAX_DEPTH]; /* elements still owed by each open array */
} Scanner;

/* The element at p is a line ending in CRLF before end: its end (after the LF), or NULL. */
static const char *line_end(const char *p, const char *end) {
    while (p < end) {
        const char *cr = memchr(p, '\r', (size_t)(end - p));
        if (cr == NULL || cr + 1 >= end)
            return NULL;
        if (cr[1] == '\n')
            return cr + 2;
        p = cr + 1;
    }
    return NULL;
}

/* The integer of a line "Xdigits\r\n" (X the type byte), or -2 with Refused set. */
static int parse_int(const char *p, const char *eol, long long *out) {
    const char *q = p + 1, *stop = eol - 2;
    int negative = 0;
    long long n = 0;
    if (q < stop && *q == '-') {
        negative = 1;
        q++;
    }
    if (q >= stop || stop - q > 18) {
        PyErr_SetString(Refused, "a malformed length or integer");
        return -1;
    }
    for (; q < stop; q++) {
        if (*q < '0' || *q > '9') {
            PyErr_SetString(Refused, "a malformed length or integer");
            return -1;
        }
        n = n * 10 + (*q - '0');
    }
    *out = negative ? -n : n;
    return 0;
}

static PyObject *Scanner_feed(Scanner *self, PyObject *args) {
    Py_buffer view;
    Py_ssize_t length;
    if (!PyArg_ParseTuple(args, "y*n", &view, &length))
        return NULL;
    if (length < 0 || length > view.len) {
        PyBuffer_Release(&view);
        PyErr_SetString(PyExc_ValueError, "length outside the buffer");
        return NULL;
    }
    const char *base = view.buf, *end = base + length;
    Py_ssize_t done = -1;
    while (done < 0) {
        const char *p = base + self->pos;
        const char *eol = line_end(p, end);
        if (eol == NULL)
            break; /* the element's first line is not all here yet */
        long long n = 0;
        const char *next = eol;
        switch (*p) {
        case '+':
        case '-':
            break;
        case ':':
            if (parse_int(p, eol, &n) < 0)
                goto fail;
            break;
        case '$':
            if (parse_int(p, eol, &n) < 0)
                goto fail;
            if (n >= 0) {
                if (end - eol < n + 2)
                    goto wait; /* the string is not all here yet */
                next = eol + n + 2;
            }
            break;
        case '*':
            if (parse_int(p, eol, &n) < 0)
                goto fail;
            if (n > 0) {
                if (self->depth >= MAX_DEPTH) {
                    PyErr_SetString(Refused, "nested deeper than this reader goes");
                    goto fail;
                }
                self->remaining[self->depth++] = n;
                self->pos = eol - base;
                continue; /* its elements come next */
            }
            break;
        default:
            PyErr_SetString(Refused, "an element of an unknown type");
            goto fail;
        }
        /* One element complete: it pays off one of each array it closes. */
        self->pos = next - base;
        while (self->depth > 0 && --self->remaining[self->depth - 1] == 0)
            self->depth--;
        if (self->depth == 0)
            done = self->pos;
    }
wait:
    PyBuffer_Release(&view);
    return PyLong_FromSsize_t(done);
fail:
    PyBuffer_Release(&view);
    return NULL;
}

static PyMethodDef Scanner_methods[] = {
    {"feed", (PyCFunction)Scanner_feed, METH_VARARGS,
     "feed(buffer, length) -> end of the reply in buffer[:length], or -1 while incomplete."},
    {NULL, NULL, 0, NULL},
};

static PyTypeObject ScannerType = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "nato_graph.stores._reply.Scanner",
    .tp_doc = "Finds where one reply ends in a buffer that grows as it is read.",
    .tp_basicsize = sizeof(Scanner),
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_new = PyType_GenericNew,
    .tp_methods = Scanner_methods,
};

/* -- decode ---------------------------------------------------------------------------- */

/* A big answer repeats a few short strings over and over (a status, a framework, a country,
   a source key): each is made once per reply and shared, as the same str object, by every cell
   that holds it. A direct-mapped table keyed by the bytes' hash; a slot remembers where in
   the reply its string's bytes are, and a new string of the same hash takes the slot over. */
#define SHORT 64
#define SLOTS 4096

typedef struct {
    const char *bytes; /* in the reply, which outlives the decode */
    Py_ssize_t length;
    PyObject *value;
} Slot;

typedef struct {
    const char *p, *end;
    PyObject *error_class;
    int deferred; /* a cell was left for the Python decoder */
    int depth;
    Slot *slots; /* SLOTS of them, or NULL: no sharing */
} Reader;

/* The next element's first line: its type byte, its integer (for :, $, *) and where its
   payload starts. The scanner has checked the framing; this checks again, cheaply. */
static int head(Reader *r, char *type, long long *n, const char **payload) {
    const char *eol = line_end(r->p, r->end);
    if (eol == NULL) {
        PyErr_SetString(Refused, "the reply ends early");
        return -1;
    }
    *type = *r->p;
    *n = 0;
    if ((*type == ':' || *type == '$' || *type == '*') && parse_int(r->p, eol, n) < 0)
        return -1;
    *payload = r->p + 1;
    r->p = eol;
    return 0;
}

static PyObject *text(const char *s, Py_ssize_t n) {
    PyObject *v = PyUnicode_DecodeUTF8(s, n, NULL);
    if (v == NULL) {
        PyErr_Clear();
        PyErr_SetString(Refused, "a string that is not UTF-8");
    }
    return v;
}

static PyObject *generic(Reader *r);
static PyObject *cell(Reader *r);

/* Whether n elements can follow in what is left of the reply (each takes 3 bytes or more):
   a damaged length must not make a list of billions. */
static int fits(Reader *r, long long n) {
    if (n > (r->end - r->p) / 3) {
        PyErr_SetString(Refused, "an array longer than the reply");
        return 0;
    }
    return 1;
}

/* The str of the n bytes at s: the one made earlier in this reply when a slot still holds it. */
static PyObject *shared_text(Reader *r, const char *s, Py_ssize_t n) {
    if (r->slots == NULL || n > SHORT)
        return text(s, n);
    uint32_t h = 2166136261u; /* FNV-1a */
    for (Py_ssize_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)s[i]) * 16777619u;
    Slot *slot = &r->slots[h % SLOTS];
    if (slot->value != NULL && slot->length == n && memcmp(slot->bytes, s, (size_t)n) == 0)
        return Py_NewRef(slot->value);
    PyObject *v = text(s, n);
    if (v != NULL) {
        Py_XSETREF(slot->value, Py_NewRef(v));
        slot->bytes = s;
        slot->length = n;
    }
    return v;
}

/* A bulk string's value, after its head; NULL for nil ($-1). */
static PyObject *bulk(Reader *r, long long n) {
    if (n < 0)
        Py_RETURN_NONE;
    if (r->end - r->p < n + 2) {
        PyErr_SetString(Refused, "the reply ends early");
        return NULL;
    }
    PyObject *v = shared_text(r, r->p, (Py_ssize_t)n);
    r->p += n + 2;
    return v;
}

/* Any element, as hiredis gives it. */
static PyObject *generic(Reader *r) {
    char type;
    long long n;
    const char *payload;
    if (head(r, &type, &n, &payload) < 0)
        return NULL;
    switch (type) {
    case '+':
        return text(payload, r->p - 2 - payload);
    case '-': {
        PyObject *message = text(payload, r->p - 2 - payload);
        if (message == NULL)
            return NULL;
        PyObject *error = PyObject_CallOneArg(r->error_class, message);
        Py_DECREF(message);
        return error;
    }
    case ':':
        return PyLong_FromLongLong(n);
    case '$':
        return bulk(r, n);
    case '*': {
        if (n < 0)
            Py_RETURN_NONE;
        if (!fits(r, n))
            return NULL;
        if (++r->depth > MAX_DEPTH) {
            PyErr_SetString(Refused, "nested deeper than this reader goes");
            return NULL;
        }
        PyObject *list = PyList_New((Py_ssize_t)n);
        if (list == NULL)
            return NULL;
        for (Py_ssize_t i = 0; i < n; i++) {
            PyObject *item = generic(r);
            if (item == NULL) {
                Py_DECREF(list);
                return NULL;
            }
            PyList_SET_ITEM(list, i, item);
        }
        r->depth--;
        return list;
    }
    }
    PyErr_SetString(Refused, "an element of an unknown type");
    return NULL;
}

/* An array's head: its length, or -1 with Refused set when the element is not an array. */
static long long array_head(Reader *r) {
    char type;
    long long n;
    const char *payload;
    if (head(r, &type, &n, &payload) < 0)
        return -1;
    if (type != '*' || n < 0) {
        PyErr_SetString(Refused, "a cell that is not an array");
        return -1;
    }
    return fits(r, n) ? n : -1;
}

/* A compact cell [kind, value] as the store's value (see the module's comment). */
static PyObject *cell(Reader *r) {
    char type;
    long long kind, n;
    const char *payload;
    long long pair = array_head(r);
    if (pair < 0)
        return NULL;
    if (pair != 2) {
        PyErr_SetString(Refused, "a cell that is not a pair");
        return NULL;
    }
    if (head(r, &type, &kind, &payload) < 0)
        return NULL;
    if (type != ':') {
        PyErr_SetString(Refused, "a cell without its kind");
        return NULL;
    }
    if (++r->depth > MAX_DEPTH) {
        PyErr_SetString(Refused, "nested deeper than this reader goes");
        return NULL;
    }
    PyObject *v = NULL;
    switch (kind) {
    case 1: /* null */
    case 2: /* string */
    case 3: /* integer */
        v = generic(r);
        if (v != NULL && kind == 1 && v != Py_None) {
            Py_DECREF(v);
            v = Py_NewRef(Py_None);
        }
        break;
    case 4: /* boolean: "true" or "false" */
        v = generic(r);
        if (v != NULL) {
            int yes = PyUnicode_Check(v) && PyUnicode_CompareWithASCIIString(v, "true") == 0;
            Py_SETREF(v, Py_NewRef(yes ? Py_True : Py_False));
        }
        break;
    case 5: /* double, written as text */
        v = generic(r);
        if (v != NULL && !PyUnicode_Check(v)) {
            PyErr_SetString(Refused, "a double that is not text");
            Py_CLEAR(v);
        }
        if (v != NULL)
            Py_SETREF(v, PyFloat_FromString(v));
        break;
    case 6: /* array: its items are cells */
        n = array_head(r);
        if (n < 0)
            break;
        v = PyList_New((Py_ssize_t)n);
        for (Py_ssize_t i = 0; v != NULL && i < n; i++) {
            PyObject *item = cell(r);
            if (item == NULL)
                Py_CLEAR(v);
            else
                PyList_SET_ITEM(v, i, item);
        }
        break;
    case 10: /* map: key, cell, key, cell, ... */
        n = array_head(r);
        if (n < 0)
            break;
        if (n % 2) {
            PyErr_SetString(Refused, "a map with a key and no value");
            break;
        }
        v = PyDict_New();
        for (long long i = 0; v != NULL && i < n; i += 2) {
            PyObject *key = generic(r);
            if (key != NULL && !PyUnicode_Check(key)) {
                PyErr_SetString(Refused, "a map key that is not text");
                Py_CLEAR(key);
            }
            PyObject *item = key == NULL ? NULL : cell(r);
            if (item == NULL || PyDict_SetItem(v, key, item) < 0)
                Py_CLEAR(v);
            Py_XDECREF(key);
            Py_XDECREF(item);
        }
        break;
    default: { /* for the Python decoder: (kind, value as hiredis gives it) */
        PyObject *raw = generic(r);
        if (raw != NULL) {
            v = Py_BuildValue("(LN)", kind, raw);
            r->deferred = 1;
        }
    }
    }
    r->depth--;
    return v;
}

/* The rows of a [header, rows, statistics] reply, each a dict keyed by `columns`. */
static PyObject *rows(Reader *r, PyObject *columns) {
    long long count = array_head(r);
    if (count < 0)
        return NULL;
    Py_ssize_t width = PyList_GET_SIZE(columns);
    /* Each row starts as a copy of a row of Nones with every column: copying a dict's table
       is one memcpy, where a new dict would grow its table as the cells go in. */
    PyObject *blank = PyDict_New();
    for (Py_ssize_t j = 0; blank != NULL && j < width; j++)
        if (PyDict_SetItem(blank, PyList_GET_ITEM(columns, j), Py_None) < 0)
            Py_CLEAR(blank);
    PyObject *list = blank == NULL ? NULL : PyList_New((Py_ssize_t)count);
    if (list == NULL) {
        Py_XDECREF(blank);
        return NULL;
    }
    for (Py_ssize_t i = 0; i < count; i++) {
        long long n = array_head(r);
        PyObject *row = n < 0 ? NULL : PyDict_Copy(blank);
        if (row != NULL && n != width) {
            PyErr_SetString(Refused, "a row whose width is not the header's");
            Py_CLEAR(row);
        }
        for (Py_ssize_t j = 0; row != NULL && j < width; j++) {
            PyObject *v = cell(r);
            if (v == NULL || PyDict_SetItem(row, PyList_GET_ITEM(columns, j), v) < 0)
                Py_CLEAR(row);
            Py_XDECREF(v);
        }
        if (row == NULL) {
            Py_DECREF(list);
            Py_DECREF(blank);
            return NULL;
        }
        PyList_SET_ITEM(list, i, row);
    }
    Py_DECREF(blank);
    return list;
}

/* The column names of a compact header: [[kind, name], ...] -> [name, ...]. */
static PyObject *column_names(PyObject *header) {
    if (!PyList_Check(header))
        return NULL;
    Py_ssize_t n = PyList_GET_SIZE(header);
    PyObject *names = PyList_New(n);
    for (Py_ssize_t i = 0; names != NULL && i < n; i++) {
        PyObject *h = PyList_GET_ITEM(header, i);
        if (!PyList_Check(h) || PyList_GET_SIZE(h) != 2 || !PyUnicode_Check(PyList_GET_ITEM(h, 1))) {
            Py_CLEAR(names);
            break;
        }
        PyList_SET_ITEM(names, i, Py_NewRef(PyList_GET_ITEM(h, 1)));
    }
    return names;
}

/* A [header, rows, statistics] reply, after its "*3": (header, rows, statistics, state). */
static PyObject *table(Reader *r) {
    PyObject *header = generic(r), *columns = NULL, *body = NULL, *stats = NULL;
    if (header == NULL)
        return NULL;
    columns = column_names(header);
    if (columns == NULL) {
        if (!PyErr_Occurred())
            PyErr_SetString(Refused, "a header this module does not know");
    } else if (r->p >= r->end || *r->p != '*')
        PyErr_SetString(Refused, "rows that are not an array");
    else if ((body = rows(r, columns)) != NULL)
        stats = generic(r);
    Py_XDECREF(columns);
    if (stats == NULL) {
        Py_DECREF(header);
        Py_XDECREF(body);
        return NULL;
    }
    return Py_BuildValue("(NNNi)", header, body, stats, r->deferred ? 2 : 1);
}

static PyObject *decode(PyObject *Py_UNUSED(module), PyObject *args) {
    Py_buffer view;
    Py_ssize_t length;
    PyObject *error_class, *result = NULL;
    if (!PyArg_ParseTuple(args, "y*nO", &view, &length, &error_class))
        return NULL;
    if (length < 0 || length > view.len) {
        PyBuffer_Release(&view);
        PyErr_SetString(PyExc_ValueError, "length outside the buffer");
        return NULL;
    }
    Slot *slots = PyMem_Calloc(SLOTS, sizeof(Slot)); /* NULL: strings are not shared */
    Reader r = {view.buf, (const char *)view.buf + length, error_class, 0, 0, slots};
    /* A table is "*3", then its header (an array), its rows (an array), its statistics. */
    const char *start = r.p;
    char type;
    long long n;
    const char *payload;
    if (head(&r, &type, &n, &payload) < 0)
        goto done;
    if (type == '*' && n == 3 && r.p < r.end && *r.p == '*') {
        result = table(&r);
        /* A 3-element reply that is not a table (say, an error where the rows would be):
           read it the plain way. */
        if (result == NULL && PyErr_ExceptionMatches(Refused)) {
            PyErr_Clear();
            r.p = start;
            r.depth = 0;
            PyObject *plain = generic(&r);
            if (plain != NULL)
                result = Py_BuildValue("(Ni)", plain, 0);
        }
    } else {
        r.p = start;
        PyObject *plain = generic(&r);
        if (plain != NULL)
            result = Py_BuildValue("(Ni)", plain, 0);
    }
done:
    if (slots != NULL) {
        for (int i = 0; i < SLOTS; i++)
            Py_XDECREF(slots[i].value);
        PyMem_Free(slots);
    }
    PyBuffer_Release(&view);
    if (result != NULL && r.p != r.end) {
        Py_CLEAR(result);
        PyErr_SetString(Refused, "bytes after the reply");
    }
    return result;
}

static PyMethodDef module_methods[] = {
    {"decode", decode, METH_VARARGS,
     "decode(buffer, length, error_class) -> (header, rows, statistics, 1 or 2) for a table "
     "(2: some cells are (kind, value) tuples left to the caller), or (reply, 0)."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module_def = {
    PyModuleDef_HEAD_INIT,
    .m_name = "_reply",
    .m_doc = "FalkorDB's compact replies read in C (see graph/stores/_reply.c).",
    .m_size = -1,
    .m_methods = module_methods,
};

PyMODINIT_FUNC PyInit__reply(void) {
    if (PyType_Ready(&ScannerType) < 0)
        return NULL;
    PyObject *m = PyModule_Create(&module_def);
    if (m == NULL)
        return NULL;
    Refused = PyErr_NewException("nato_graph.stores._reply.Refused", PyExc_ValueError, NULL);
    if (Refused == NULL || PyModule_AddObjectRef(m, "Refused", Refused) < 0 ||
        PyModule_AddObjectRef(m, "Scanner", (PyObject *)&ScannerType) < 0) {
        Py_DECREF(m);
        return NULL;
    }
    return m;
}
