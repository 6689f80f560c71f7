"""A force-directed layout for big views, computed with numpy before the page opens.

Settling vis-network's physics in a browser takes minutes at a few thousand
nodes; this computes positions in about a second, and the page draws them
with physics off.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence

LAYOUT_SEED = 7  # the same graph always gets the same precomputed layout


def layout(
    ids: Sequence[int | str],
    pairs: Iterable[tuple[int | str, int | str]],
    seed: int = LAYOUT_SEED,
    iterations: int = 60,
) -> dict[int | str, tuple[float, float]]:
    """Positions (pixels, nodes about 70 apart) from a force-directed layout computed with numpy.

    Fruchterman-Reingold, except that each node is repelled by the centres of mass of the cells of
    a coarse grid instead of by every other node (Barnes-Hut with one level), which keeps a
    5,000-node graph to a second or so. networkx's own ``spring_layout`` needs scipy from 500
    nodes and is quadratic in Python there. Seeded: the same graph gets the same picture.
    """
    import numpy as np

    n = len(ids)
    if n == 0:
        return {}
    index = {nid: i for i, nid in enumerate(ids)}
    edges = np.array([(index[a], index[b]) for a, b in pairs if a != b], dtype=np.int64).reshape(
        -1, 2
    )
    src, dst = edges[:, 0], edges[:, 1]
    rng = np.random.default_rng(seed)
    x, y = rng.random(n), rng.random(n)
    k2 = 1.0 / n  # squared ideal edge length in the unit square
    k = math.sqrt(k2)
    floor = 1e-4 * k2  # nodes on top of each other still push apart, boundedly
    grid = max(4, round(math.sqrt(n) / 5))
    cells = grid * grid
    rows = np.arange(n)
    temperature = 0.1
    cooling = temperature / (iterations + 1)
    for _ in range(iterations):
        lo_x, lo_y = x.min(), y.min()
        gx = np.minimum(((x - lo_x) / max(x.max() - lo_x, 1e-9) * grid).astype(np.int64), grid - 1)
        gy = np.minimum(((y - lo_y) / max(y.max() - lo_y, 1e-9) * grid).astype(np.int64), grid - 1)
        cell = gx * grid + gy
        mass = np.bincount(cell, minlength=cells).astype(float)
        sum_x = np.bincount(cell, x, minlength=cells)
        sum_y = np.bincount(cell, y, minlength=cells)
        used = np.flatnonzero(mass)
        compact = np.zeros(cells, dtype=np.int64)
        compact[used] = np.arange(used.size)
        m = mass[used]
        dx = x[:, None] - (sum_x[used] / m)[None, :]
        dy = y[:, None] - (sum_y[used] / m)[None, :]
        w = dx * dx
        w += dy * dy
        np.maximum(w, floor, out=w)
        np.divide(m, w, out=w)
        own = compact[cell]
        w[rows, own] = 0.0  # a node's own cell is handled below, without the node itself
        fx = np.einsum("ij,ij->i", dx, w)
        fy = np.einsum("ij,ij->i", dy, w)
        m_own = m[own] - 1
        ox = x - (sum_x[cell] - x) / np.maximum(m_own, 1)
        oy = y - (sum_y[cell] - y) / np.maximum(m_own, 1)
        w_own = m_own / np.maximum(ox * ox + oy * oy, floor)
        fx = (fx + ox * w_own) * k2
        fy = (fy + oy * w_own) * k2
        # Exact repulsion between nodes near each other in a cell: without it, nodes with the same
        # neighbours feel the same approximated forces and collapse onto one point.
        order = np.lexsort((x, cell))  # within a cell, by x: near neighbours come close in order
        in_order = cell[order]
        for offset in range(1, 7):
            same = in_order[:-offset] == in_order[offset:]
            a, b = order[:-offset][same], order[offset:][same]
            px, py = x[a] - x[b], y[a] - y[b]
            push = k2 / np.maximum(px * px + py * py, floor)
            fx += np.bincount(a, px * push, minlength=n) - np.bincount(b, px * push, minlength=n)
            fy += np.bincount(a, py * push, minlength=n) - np.bincount(b, py * push, minlength=n)
        if edges.size:
            ex, ey = x[src] - x[dst], y[src] - y[dst]
            pull = np.sqrt(ex * ex + ey * ey) / k
            fx += np.bincount(dst, ex * pull, minlength=n) - np.bincount(
                src, ex * pull, minlength=n
            )
            fy += np.bincount(dst, ey * pull, minlength=n) - np.bincount(
                src, ey * pull, minlength=n
            )
        gravity = 0.1 * math.sqrt(n) * k  # keeps components from drifting apart
        fx -= (x - x.mean()) * gravity
        fy -= (y - y.mean()) * gravity
        length = np.maximum(np.sqrt(fx * fx + fy * fy), 1e-12)
        step = np.minimum(length, temperature) / length
        x += fx * step
        y += fy * step
        temperature -= cooling
    # Scale so that nodes sit about 70 pixels apart on average: readable when zoomed in.
    area = max(float(np.ptp(x) * np.ptp(y)), 1e-12)
    factor = 70.0 / math.sqrt(area / n)
    pos = np.stack([(x - x.mean()) * factor, (y - y.mean()) * factor], axis=1)
    return {
        nid: (round(float(x), 1), round(float(y), 1)) for nid, (x, y) in zip(ids, pos, strict=True)
    }
