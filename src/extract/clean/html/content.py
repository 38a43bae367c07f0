"""Main content: drop noise containers, score text blocks, keep the best subtree.

Each block scores by its own text: plain text with punctuation counts for
it, link text and short fragments count against it. Every element gets the
sum of the scores of the blocks inside it; the element with the highest sum
is the smallest one that holds the article's paragraphs without dragging in
navigation and link lists (those would lower its sum). Inside it, blocks that
are mostly links are dropped. Thresholds live in ``settings.toml [html]``.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from lxml import etree

from .blocks import INLINE_TAGS, Block, text_blocks
from .layout import Layout
from .parse import text_content
from .repeats import repeated_units
from .rules import HtmlRules, Markup


@dataclass
class Content:
    blocks: list[Block]          # the kept blocks, in order
    node: etree._Element | None  # the chosen subtree
    score: float
    all_blocks: list[Block]
    dropped: list[tuple[str, str, str]]
    furniture: frozenset[int] = frozenset()   # indices of the blocks inside noise containers


def lineage(el: etree._Element | None) -> set[etree._Element]:
    """``el`` and its ancestors (empty for ``None``)."""
    out = set()
    while el is not None:
        out.add(el)
        el = el.getparent()
    return out


def find_noise(body: etree._Element, hr: HtmlRules, site: str, dropped: list,
               anchor: etree._Element | None = None,
               containers: list[etree._Element] | None = None, page: Markup | None = None,
               layout: Layout | None = None) -> set[etree._Element]:
    """Furniture containers (rules ``html_noise`` and ``content_selectors`` noise).

    A container with a furniture name is kept when it is the article's own wrapper: with a
    headline ``anchor``, when it holds the headline and more text than it; without one, when
    it holds most of the page's text. A comment thread longer than its post is still noise.
    ``containers``: the elements under ``body`` that are not inline, in document order, when
    already known (``text_blocks`` collects them); else the tree is walked. ``page``: the
    markup the tree was parsed from, when known (selectors naming nothing in it are skipped).
    ``layout``: the positions of ``containers`` (then "inside a noise container already
    found" is a comparison of positions, not a walk up the ancestors).
    """
    noise: set[etree._Element] = set()
    for sel in hr.selectors_for("noise", site, page):
        for el in sel.xpath(body):
            if isinstance(el, etree._Element):
                dropped.append(("noise", sel.id, _snippet(el)))
                noise.add(el)
    if hr.noise_any is None:
        return noise
    total = -1   # the page's text length, measured when first needed
    protect = hr.setting("protect_share", 0.4)
    above = lineage(anchor)
    head_chars = len(text_content(anchor)) + hr.setting("anchor_protect_chars", 200) if anchor is not None else 0
    ends = layout.ends if layout is not None and containers and containers is layout.containers else None
    before = layout.cover(noise) if ends is not None and noise else None   # the selectors' noise
    if noise and before is None:
        ends = None   # an inline element named as noise: only the ancestors can tell
    until = -1   # the last position inside the noise this loop found (document order)
    items = enumerate(containers) if containers else ((-1, el) for el in body.iter())
    for pos, el in items:
        tag = el.tag
        if tag in INLINE_TAGS or not isinstance(tag, str):
            continue  # a span inside a sentence (a wiki's "ilh-comment" gloss) is not a container
        cls, eid = el.get("class"), el.get("id")
        if not cls and not eid:
            continue
        rule = hr.noise_rule(cls, eid)
        if not rule or tag == "body" or tag == "html" or el.getparent() is None:
            continue
        if ends is not None:
            if pos <= until or (before is not None and pos in before):
                continue
        elif _inside(el, noise):
            continue
        size = len(text_content(el))
        if anchor is not None:
            if el in above and size > head_chars:
                continue  # the article's wrapper with an unlucky name
        else:
            if total < 0:
                total = max(1, len(text_content(body)))
            if size > total * protect:
                continue  # a wrapper with an unlucky name
        dropped.append(("noise", rule, _snippet(el)))
        noise.add(el)
        if ends is not None and ends[pos] > until:
            until = ends[pos]
    return noise


def _may_overrule(el: etree._Element, noise: set[etree._Element], hr: HtmlRules) -> bool:
    """Whether the noise containers ``el`` sits in may be the article's own wrapper after all:
    not when one of them is named by a rule in settings ``html.noise_never_overrule`` (a
    comment box's posting rules outscore a one-paragraph article, yet are never its text)."""
    never = hr.setting("noise_never_overrule", ())
    if not never:
        return True
    node = el
    while node is not None:
        if node in noise and hr.noise_rule(node.get("class"), node.get("id")) in never:
            return False
        node = node.getparent()
    return True


def _inside(el: etree._Element, noise: set[etree._Element]) -> bool:
    node = el
    while node is not None:
        if node in noise:
            return True
        node = node.getparent()
    return False


def covered(roots: set[etree._Element]) -> set[etree._Element]:
    """``roots`` and every element under them: ``el in covered(s)`` is ``_inside(el, s)``."""
    out: set[etree._Element] = set()
    for el in roots:
        if el not in out:
            out.update(el.iter())
    return out


def outside(blocks: list[Block], roots: set[etree._Element], layout: Layout | None = None) -> list[Block]:
    """``blocks`` whose owner is not inside one of ``roots``."""
    noisy = in_noise_test(roots, layout or Layout(complete=False))
    return [b for b in blocks if not noisy(b)] if noisy else blocks


def _own_text_before(anchor: etree._Element | None, node2: etree._Element, blocks: list[Block],
                     all_blocks: list[Block], hr: HtmlRules) -> bool:
    """Whether the headline has paragraphs of its own outside noise before ``node2`` begins
    (then ``node2`` is a comment thread or a recommended article, not the body)."""
    if anchor is None or anchor in lineage(node2).union(node2.iter()):
        return False
    head = set(anchor.iter())
    start = next((b.index for b in all_blocks if b.owner in head), -1)
    inner = set(node2.iter())
    end = next((b.index for b in all_blocks if b.owner in inner), -1)
    if start < 0 or end <= start:
        return False
    return _has_paragraph([b for b in blocks if start < b.index < end], hr)


def _item_of(node: etree._Element, blocks: list[Block], plain: int, hr: HtmlRules,
             layout: Layout) -> etree._Element:
    """A short selector body (a poem marked ``articleBody``) inside the microdata item it belongs
    to (the nearest ``itemscope`` holding it: the poem page's Article, with its translation and
    notes): the item, when it holds ``selector_part_ratio`` times the body's text more, in
    paragraphs; else the body itself."""
    item = node.getparent()
    while item is not None and item.get("itemscope") is None:
        item = item.getparent()
    if item is None or item.tag == "body":
        return node
    inside = within(blocks, item, layout)
    more = sum(b.chars - b.link_chars for b in inside) - plain
    if more >= plain * hr.setting("selector_part_ratio", 3.0) and _has_paragraph(inside, hr):
        return item
    return node


def _has_paragraph(blocks: list[Block], hr: HtmlRules) -> bool:
    """Whether a sentence-bearing paragraph is among ``blocks`` (not only a headline and a byline)."""
    least = hr.setting("paragraph_min_chars", 40)
    return any(b.chars - b.link_chars >= least and b.punct >= 2 for b in blocks)


def _snippet(el: etree._Element) -> str:
    return " ".join(text_content(el).split())[:80]


def block_weights(blocks: list[Block], hr: HtmlRules) -> list[float]:
    """Each block's score: plain text and punctuation for it, links and its own cost against it."""
    link_max = hr.setting("link_density_max", 0.5)
    link_penalty = hr.setting("link_penalty", 0.5)
    cost = hr.setting("block_cost", 8.0)
    bonus = hr.setting("punct_bonus", 3.0)
    no_punct = hr.setting("no_punct_factor", 0.3)
    out = []
    for b in blocks:
        if b.link_density > link_max:
            out.append(-(b.chars * link_penalty + cost))
            continue
        plain = b.chars - b.link_chars
        score = plain - 2.0 * b.link_chars + bonus * b.punct - cost
        if b.punct == 0 and b.chars > 40:
            score *= no_punct   # tag clouds, keyword lists
        out.append(score)
    return out


@dataclass
class Tree:
    """Parent and depth of the elements that hold blocks, found once per page by walking up
    from each owner only as far as an element already known (shared by every ``choose``)."""
    parent: dict = field(default_factory=dict)
    depth: dict = field(default_factory=dict)

    def climb(self, el: etree._Element) -> None:
        path = []
        while el is not None and el not in self.depth:
            path.append(el)
            up = el.getparent()
            self.parent[el] = up
            el = up
        d = self.depth[el] if el is not None else -1
        for x in reversed(path):
            d += 1
            self.depth[x] = d


def choose(blocks: list[Block], weights: list[float],
           tree: Tree | None = None) -> tuple[etree._Element | None, float]:
    """The element whose subtree's blocks score highest, with that score (ties: the first
    element met walking from each block's owner up to the root, blocks in order).

    ``weights``: :func:`block_weights` of the page's blocks, by block ``index``; ``tree``:
    parents and depths shared between calls on one page. Each element's sum is its own
    blocks' plus its children's, added deepest first.
    """
    tree = tree if tree is not None else Tree()
    own: dict[etree._Element, float] = {}
    for b in blocks:
        w = weights[b.index]
        own[b.owner] = own.get(b.owner, 0.0) + w
    if not own:
        return None, 0.0
    sums: dict[etree._Element, float] = {}   # insertion order: the order the ties go by
    parent, depth = tree.parent, tree.depth
    for owner in own:
        el = owner
        if el not in depth:
            tree.climb(el)
        while el is not None and el not in sums:
            sums[el] = 0.0
            el = parent[el]
    for el, w in own.items():
        sums[el] += w
    for el in sorted(sums, key=depth.__getitem__, reverse=True):
        up = parent[el]
        if up is not None:
            sums[up] += sums[el]
    return max(sums.items(), key=lambda kv: kv[1])


def best_run(weights: list[float]) -> tuple[int, int, float]:
    """``(i, j, total)``: the consecutive slice ``[i:j]`` with the highest sum (Kadane)."""
    best, best_i, best_j = 0.0, 0, 0
    total, start = 0.0, 0
    for k, w in enumerate(weights):
        if total <= 0:
            total, start = 0.0, k
        total += w
        if total > best:
            best, best_i, best_j = total, start, k + 1
    return best_i, best_j, best


def common_ancestor(els: list[etree._Element]) -> etree._Element:
    """The lowest element holding every one of ``els``."""
    path = [els[0]]
    while path[-1].getparent() is not None:
        path.append(path[-1].getparent())
    for el in els[1:]:
        up = lineage(el)
        while path[0] not in up:
            path.pop(0)
    return path[0]


def within(blocks: list[Block], node: etree._Element, layout: Layout | None = None) -> list[Block]:
    """``blocks`` whose owner is ``node`` or inside it."""
    span = layout.span(node) if layout is not None else None
    if span is not None:
        lo, hi = span
        return [b for b in blocks if lo <= b.pos <= hi]
    members = set(node.iter())
    return [b for b in blocks if b.owner in members]


def in_noise_test(roots: set[etree._Element], layout: Layout):
    """A test of whether a block's owner is inside one of ``roots`` (``None``: there are none)."""
    if not roots:
        return None
    cover = layout.cover(roots)
    if cover is not None:
        return lambda b: b.pos in cover
    gone = covered(roots)
    return lambda b: b.owner in gone


def _with_lead(kept: list[Block], node: etree._Element, blocks: list[Block], hr: HtmlRules, site: str,
               page: Markup | None, body: etree._Element, layout: Layout, link_max: float) -> list[Block]:
    """``kept`` with the paragraphs of a ``lead`` selector's element that the chosen ``node``
    does not hold (a lemma summary a wiki site keeps beside its sections), in page order.
    Only an element above the body's first block counts: a summary leads the article."""
    if not kept:
        return kept
    for sel in hr.selectors_for("lead", site, page):
        for el in sel.xpath(body):
            if not isinstance(el, etree._Element) or el in lineage(node) or node in lineage(el):
                continue
            lead = [b for b in within(blocks, el, layout)
                    if b.index < kept[0].index and b.link_density <= link_max]
            if any(b.punct for b in lead):
                return lead + kept
    return kept


def main_content(body: etree._Element, hr: HtmlRules, site: str = "",
                 anchor: etree._Element | None = None, page: Markup | None = None,
                 data: frozenset = frozenset()) -> Content:
    """``anchor``: the headline's element when the page shows one (see ``meta.find_title``);
    ``page``: the markup the tree was parsed from, when known."""
    dropped: list[tuple[str, str, str]] = []
    if anchor is not None and body not in lineage(anchor):
        anchor = None   # the headline sat in furniture that strip_junk removed
    layout = Layout()
    all_blocks = text_blocks(body, layout)
    noise = find_noise(body, hr, site, dropped, anchor, layout.containers, page, layout)
    weights = block_weights(all_blocks, hr)   # by block index
    tree = Tree()
    noisy = in_noise_test(noise, layout)
    blocks = [b for b in all_blocks if not noisy(b)] if noisy else all_blocks
    node, score, selected = None, 0.0, False
    for sel in hr.selectors_for("body", site, page):
        found = [el for el in sel.xpath(body) if isinstance(el, etree._Element)]
        if found:
            inside = within(blocks, found[0], layout)
            plain = sum(b.chars - b.link_chars for b in inside)
            if plain >= hr.setting("selector_min_chars", 50):
                node = found[0]
                if plain < hr.setting("selector_part_chars", 200):
                    node = _item_of(node, blocks, plain, hr, layout)
                    inside = within(blocks, node, layout)
                score, selected = float(sum(b.chars for b in inside)), True
                break
    if node is None:
        node, score = choose(blocks, weights, tree)
        if noise:
            # a noise rule that hit the article itself (a body wrapper named "fontsize_box"):
            # the best subtree of the whole page, inside a noise element, wins by a wide margin
            node2, score2 = choose(all_blocks, weights, tree)
            # ... unless the best outside noise is the post under the headline and the noise
            # beside it (a comment thread longer than the post)
            anchored = node2 is not None and _own_text_before(anchor, node2, blocks, all_blocks, hr)
            if node2 is not None and not anchored and score2 > max(score, 0.0) * hr.setting("noise_override", 2.0) and _inside(node2, noise) \
                    and _may_overrule(node2, noise, hr):
                up = set()
                el = node2
                while el is not None:
                    up.add(el)
                    el = el.getparent()
                dropped.append(("noise", "html.noise-overruled", _snippet(node2)))
                noise = noise - up
                noisy = in_noise_test(noise, layout)
                blocks = [b for b in all_blocks if not noisy(b)] if noisy else all_blocks
                node, score = node2, score2
    run: list[Block] | None = None
    if node is not None and not selected:
        # paragraphs with no container of their own (a <td> holding the article and the
        # link lists under it): the best run of consecutive blocks outscores any subtree
        i, j, run_score = best_run([weights[b.index] for b in blocks])
        if j - i >= 2 and run_score > max(score, 0.0) * hr.setting("run_override", 1.5):
            run = blocks[i:j]
            node, score = common_ancestor([b.owner for b in run]), run_score
            dropped.append(("run", "html.run-overruled", run[0].text[:80]))
    if node is None:
        return Content([], None, 0.0, all_blocks, dropped)
    kept = []
    link_max = hr.setting("link_density_max", 0.5)
    inside = run if run is not None else within(blocks, node, layout)
    if hr.setting("repeat_trim", 1):
        units, why = repeated_units(node, inside, [weights[b.index] for b in inside], hr, anchor, data)
        if units:
            dropped.append(("units", f"html.repeats.{why}", f"{len(units)} repeated items"))
            inside = outside(inside, units, layout)
    for b in inside:
        if b.link_density > link_max and b.owner not in data:   # a data table's linked cells are its values
            dropped.append(("links", "html.link-density", b.text[:80]))
            continue
        kept.append(b)
    if not selected:
        kept = _with_lead(kept, node, blocks, hr, site, page, body, layout, link_max)
    in_noise: frozenset[int] = frozenset()
    if noisy:
        in_noise = frozenset(b.index for b in all_blocks if noisy(b))
    return Content(kept, node, score, all_blocks, dropped, in_noise)
