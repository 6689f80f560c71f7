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


GOLDEN_ANGLE = math.pi * (3 - math.sqrt(5))


def grouped(
    ids: Sequence[int | str],
    pairs: Iterable[tuple[int | str, int | str]],
    groups: dict[int | str, int | str],
    spacing: float = 64.0,
    spread: bool = True,
) -> dict[int | str, tuple[float, float]]:
    """Positions that keep each group together: a disc per group round a ring, the rest inside.

    ``groups`` maps a node to the node its group gathers round (a country to its region): that
    node sits at the centre of its disc, the members in a sunflower round it. Every other node
    (frameworks, threats, NATO) starts between its neighbours, pulled towards the middle, and
    is pushed apart from the rest until no two are closer than ``spacing`` (1.5 times that
    between two such nodes, whose captions are long); without ``spread`` they are left where
    they start (for ``legible``, which pulls apart what overlaps its own way).

    >>> pos = grouped(["r", "a", "b", "f"], [("a", "r"), ("b", "r"), ("a", "f")], {"a": "r", "b": "r"})
    >>> sorted(pos) == ["a", "b", "f", "r"] and pos["r"] != pos["a"]
    True
    """
    import numpy as np

    members: dict[int | str, list[int | str]] = {}
    for node, centre in groups.items():
        if node != centre:
            members.setdefault(centre, []).append(node)
    centres = [c for c in ids if c in members]
    radius = {c: spacing * (0.6 * math.sqrt(len(members[c])) + 0.8) for c in centres}
    arc = sum(2 * r + spacing for r in radius.values())
    free_count = len([n for n in ids if n not in groups and n not in members])
    inner = 1.5 * spacing * math.sqrt(free_count + 1)  # room for what sits inside the ring
    ring = max(arc / (2 * math.pi), inner + max(radius.values(), default=0.0), spacing * 4)
    pos: dict[int | str, tuple[float, float]] = {}
    angle = 0.0
    for c in centres:
        share = (2 * radius[c] + spacing) / ring
        at = angle + share / 2
        cx, cy = 1.35 * ring * math.cos(at), ring * math.sin(at)  # wider than high, as windows are
        pos[c] = (cx, cy)
        for i, m in enumerate(members[c]):
            r = spacing * 0.62 * math.sqrt(i + 1)
            pos[m] = (
                cx + r * math.cos(i * GOLDEN_ANGLE + at),
                cy + r * math.sin(i * GOLDEN_ANGLE + at),
            )
        angle += share
    neighbours: dict[int | str, list[int | str]] = {n: [] for n in ids}
    for a, b in pairs:
        if a != b:
            neighbours[a].append(b)
            neighbours[b].append(a)
    free = [n for n in ids if n not in pos]
    for _ in range(3):  # frameworks first, then what only frameworks reach (threats)
        for n in free:
            placed = [pos[m] for m in neighbours[n] if m in pos]
            if placed:
                x = sum(p[0] for p in placed) / len(placed)
                y = sum(p[1] for p in placed) / len(placed)
                pos[n] = (0.6 * x, 0.6 * y)
    for i, n in enumerate(free):
        pos.setdefault(n, (spacing * math.cos(i), spacing * math.sin(i)))
    order = list(ids)
    xy = np.array([pos[n] for n in order], dtype=float)
    movable = np.array([n in set(free) for n in order])
    rng = np.random.default_rng(LAYOUT_SEED)
    xy[movable] += rng.normal(0, 1.0, size=(int(movable.sum()), 2))
    rows = np.flatnonzero(movable)  # only the free nodes move: only their rows are computed
    gap = np.where(movable[rows][:, None] & movable[None, :], 1.5 * spacing, spacing)  # captions
    self_ = np.zeros((rows.size, len(order)))
    self_[np.arange(rows.size), rows] = 1.0
    for _ in range(300 if spread else 0):  # push the free nodes apart from what is too close
        d = xy[rows][:, None, :] - xy[None, :, :]
        dist = np.sqrt((d**2).sum(-1)) + self_
        overlap = np.clip(gap - dist, 0, None)
        overlap[self_ > 0] = 0
        if not overlap.any():
            break
        xy[rows] += (d / dist[..., None] * overlap[..., None]).sum(1) * 0.5
    return {
        n: (round(float(x), 1), round(float(y), 1)) for n, (x, y) in zip(order, xy, strict=True)
    }


# A node's box: how far its shape and caption reach left, right, up and down from its centre.
Box = tuple[float, float, float, float]


def separate(
    pos: dict[int | str, tuple[float, float]],
    boxes: dict[int | str, Box],
    pad: float = 3.0,
    iterations: int = 400,
    sideways: float = 1.0,
) -> dict[int | str, tuple[float, float]]:
    """The same picture with no two boxes (shape and caption) on top of each other.

    Each step pushes every overlapping pair apart along the axis where they overlap least, half
    the overlap each, so nodes keep their order and neighbourhoods and move no further than
    they must (``sideways`` above 1 favours moving across: captions are wider than high, and
    the overlap between two is mostly smaller down than across). Starting from a compressed
    picture, this packs captions tightly without overlapping.

    >>> out = separate({"a": (0, 0), "b": (1, 0)}, {"a": (10, 10, 5, 5), "b": (10, 10, 5, 5)})
    >>> abs(out["a"][0] - out["b"][0]) >= 20 or abs(out["a"][1] - out["b"][1]) >= 10
    True
    """
    import numpy as np

    order = list(pos)
    n = len(order)
    xy = np.array([pos[k] for k in order], dtype=float).reshape(-1, 2)
    left, right, up, down = (np.array([boxes[k][i] for k in order]) for i in range(4))
    # Pairs are only looked at when their boxes come within a margin of each other; that set is
    # found anew every few steps (all pairs at once is quadratic in memory and time per step).
    margin = float(max((left + right).max(), (up + down).max())) if n else 0.0
    a = b = np.zeros(0, dtype=np.int64)
    fresh = False
    step = 0
    while step < iterations:
        if step % 10 == 0 or not fresh:
            lo_x, hi_x = xy[:, 0] - left - margin, xy[:, 0] + right + margin
            lo_y, hi_y = xy[:, 1] - up - margin, xy[:, 1] + down + margin
            near = np.minimum(hi_x[:, None], hi_x[None, :]) > np.maximum(
                lo_x[:, None], lo_x[None, :]
            )
            near &= np.minimum(hi_y[:, None], hi_y[None, :]) > np.maximum(
                lo_y[:, None], lo_y[None, :]
            )
            a, b = np.nonzero(np.triu(near, 1))
            fresh = True
        lo_x, hi_x = xy[:, 0] - left, xy[:, 0] + right
        lo_y, hi_y = xy[:, 1] - up, xy[:, 1] + down
        ox = np.minimum(hi_x[a], hi_x[b]) - np.maximum(lo_x[a], lo_x[b]) + pad
        oy = np.minimum(hi_y[a], hi_y[b]) - np.maximum(lo_y[a], lo_y[b]) + pad
        over = (ox > 0) & (oy > 0)
        if not over.any():
            if step % 10 == 0:
                break  # no overlap among pairs found just now: none anywhere
            fresh = False  # look at every pair again before calling it done
            step = (step // 10 + 1) * 10
            continue
        i, j, ox, oy = a[over], b[over], ox[over], oy[over]
        sx = np.sign((lo_x[i] + hi_x[i]) - (lo_x[j] + hi_x[j]))
        sy = np.sign((lo_y[i] + hi_y[i]) - (lo_y[j] + hi_y[j]))
        sx[sx == 0] = -1.0  # nodes on one spot part in a fixed direction
        sy[sy == 0] = -1.0
        on_x = ox <= oy * sideways
        dx = np.where(on_x, ox * sx, 0.0)
        dy = np.where(on_x, 0.0, oy * sy)
        # Half of each overlap, averaged over a node's overlaps: summed, a node in a crowd would
        # be thrown far past the room it needs.
        crowd = np.sqrt(np.maximum(np.bincount(i, minlength=n) + np.bincount(j, minlength=n), 1))
        xy[:, 0] += (
            (np.bincount(i, dx, minlength=n) - np.bincount(j, dx, minlength=n)) * 0.5 / crowd
        )
        xy[:, 1] += (
            (np.bincount(i, dy, minlength=n) - np.bincount(j, dy, minlength=n)) * 0.5 / crowd
        )
        step += 1
    return {
        k: (round(float(x), 1), round(float(y), 1)) for k, (x, y) in zip(order, xy, strict=True)
    }


def legible(
    ids: Sequence[int | str],
    pairs: Iterable[tuple[int | str, int | str]],
    groups: dict[int | str, int | str],
    boxes: dict[int | str, Box],
    aspect: float = 1.4,
    sideways: float = 2.5,
) -> dict[int | str, tuple[float, float]]:
    """A grouped picture (``grouped``) packed so that no caption covers another.

    The grouped layout is squeezed to a fraction of its size and then pulled apart by
    ``separate``: what it gains is a picture as small as its captions allow, so that fitted to
    a window its captions are drawn as large as they can be. ``aspect`` (width over height) is
    the window's shape the picture is stretched to.
    """
    pairs = list(pairs)
    start = grouped(ids, pairs, groups)
    if not start:
        return {}
    # Gravity against collision: each round pulls everything towards the middle (harder across
    # than down when the picture is too wide for the window, and the reverse) and then pulls
    # apart what overlaps, so the captions end up packed side by side.
    packed = separate(start, boxes, iterations=50, sideways=sideways)
    for _ in range(40):
        xs = [p[0] for p in packed.values()]
        ys = [p[1] for p in packed.values()]
        width, height = max(xs) - min(xs) or 1.0, max(ys) - min(ys) or 1.0
        cx, cy = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
        wide = width / height / aspect
        lean = min(max(wide * wide, 0.25), 4.0)
        gx, gy = 0.06 * lean, 0.06 / lean
        pulled = {k: (x - gx * (x - cx), y - gy * (y - cy)) for k, (x, y) in packed.items()}
        packed = separate(pulled, boxes, iterations=20, sideways=sideways)
    return separate(packed, boxes, iterations=3000, sideways=sideways)
