#!/usr/bin/env python3
"""Sentence-level agreement between two labelled files of the same sentence ids (DocLint gold format).

Usage: python3 compare.py FILE_A FILE_B [--view eval|sym|both] [--strict-notes] [--draws N] [--list]
FILE_A is scored against FILE_B, which plays the reference (P = share of A's positive sentences that B also has).

Per category a sentence is, in each file:
  positive - it has a label of that category that counts, as tests/DocLint.Evaluation scores it (GoldLabel.Counts):
             not borderline, and for hedge/booster not quoted/reported either (author-voice view). As in the
             evaluation, quoted/reported unnamed sources and figures still count; --strict-notes counts only note "".
  neutral  - no counting label but at least one borderline label (FamilyEvaluator's "skip");
  negative - otherwise.
Views (the same two as agree12 in docs/quality.md):
  eval - only FILE_B's neutral sentences are left out; A's neutral ones count as negative, exactly as the
         evaluation treats DocLint's findings against a gold file.
  sym  - a sentence neutral in either file counts neither way (symmetric annotator agreement).
Prints per category and pooled over the four: B+, A+, TP/FP/FN/TN, P/R/F1 of A against B and Cohen's kappa on the
sentences compared, plus a 95% bootstrap interval (sentences resampled, fixed seed) for the pooled F1 and kappa.
"""
import argparse, json, random, sys

CATS = ['hedge', 'booster', 'unnamed_source', 'unsourced_figure']


def load(path):
    rows = {}
    with open(path, encoding='utf-8') as f:
        for line in f:
            if line.strip():
                r = json.loads(line)
                if r['id'] in rows:
                    sys.exit(f'{path}: duplicate id {r["id"]}')
                rows[r['id']] = r['labels']
    return rows


def state(labels, cat, strict):
    mine = [l for l in labels if l['category'] == cat]

    def counts(l):
        if l['note'] == 'borderline':
            return False
        if strict:
            return l['note'] == ''
        return not (cat in ('hedge', 'booster') and l['note'] in ('quoted', 'reported'))

    if any(counts(l) for l in mine):
        return 'pos'
    if any(l['note'] == 'borderline' for l in mine):
        return 'neutral'
    return 'neg'


def cells(pairs, view):
    """pairs: (state in A, state in B) per sentence -> (tp, fp, fn, tn, skipped)."""
    tp = fp = fn = tn = skip = 0
    for sa, sb in pairs:
        if sb == 'neutral' or (view == 'sym' and sa == 'neutral'):
            skip += 1
            continue
        pa, pb = sa == 'pos', sb == 'pos'
        tp += pa and pb
        fp += pa and not pb
        fn += pb and not pa
        tn += not pa and not pb
    return tp, fp, fn, tn, skip


def scores(tp, fp, fn, tn):
    nan = float('nan')
    p = tp / (tp + fp) if tp + fp else nan
    r = tp / (tp + fn) if tp + fn else nan
    f1 = 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else nan
    n = tp + fp + fn + tn
    if not n:
        return p, r, f1, nan
    po = (tp + tn) / n
    pe = ((tp + fp) * (tp + fn) + (fn + tn) * (fp + tn)) / (n * n)
    kappa = (po - pe) / (1 - pe) if pe != 1 else nan
    return p, r, f1, kappa


def per_sentence(states, n, view):
    """Pooled (tp, fp, fn, tn) contribution of each sentence, so a bootstrap draw is a plain sum."""
    out = []
    for i in range(n):
        tp, fp, fn, tn, _ = cells([states[cat][i] for cat in CATS], view)
        out.append((tp, fp, fn, tn))
    return out


def pooled(contrib, idx):
    total = [0, 0, 0, 0]
    for i in idx:
        c = contrib[i]
        total[0] += c[0]; total[1] += c[1]; total[2] += c[2]; total[3] += c[3]
    return total


def report(states, n, view, draws):
    print(f'\nview: {view}')
    print(f'{"category":<18}{"n":>5}{"skip":>6}{"B+":>5}{"A+":>5}{"TP":>5}{"FP":>5}{"FN":>5}{"TN":>6}'
          f'{"P":>8}{"R":>8}{"F1":>8}{"kappa":>8}')
    for cat in CATS:
        tp, fp, fn, tn, skip = cells(states[cat], view)
        p, r, f1, k = scores(tp, fp, fn, tn)
        print(f'{cat:<18}{tp + fp + fn + tn:>5}{skip:>6}{tp + fn:>5}{tp + fp:>5}{tp:>5}{fp:>5}{fn:>5}{tn:>6}'
              f'{p:>8.3f}{r:>8.3f}{f1:>8.3f}{k:>8.3f}')
    contrib = per_sentence(states, n, view)
    tp, fp, fn, tn = pooled(contrib, range(n))
    p, r, f1, k = scores(tp, fp, fn, tn)
    print(f'{"pooled (4 cats)":<18}{tp + fp + fn + tn:>5}{"":>6}{tp + fn:>5}{tp + fp:>5}{tp:>5}{fp:>5}{fn:>5}{tn:>6}'
          f'{p:>8.3f}{r:>8.3f}{f1:>8.3f}{k:>8.3f}')
    if draws:
        rng = random.Random(14)
        f1s, ks = [], []
        for _ in range(draws):
            idx = [rng.randrange(n) for _ in range(n)]
            _, _, bf1, bk = scores(*pooled(contrib, idx))
            f1s.append(bf1)
            ks.append(bk)
        f1s = sorted(x for x in f1s if x == x)
        ks = sorted(x for x in ks if x == x)
        if f1s and ks:
            lo, hi = int(0.025 * len(f1s)), int(0.975 * len(f1s)) - 1
            klo, khi = int(0.025 * len(ks)), int(0.975 * len(ks)) - 1
            print(f'pooled 95% interval ({draws} draws): F1 {f1s[lo]:.3f}-{f1s[hi]:.3f}, kappa {ks[klo]:.3f}-{ks[khi]:.3f}')


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('file_a')
    ap.add_argument('file_b')
    ap.add_argument('--view', choices=['eval', 'sym', 'both'], default='both')
    ap.add_argument('--strict-notes', action='store_true')
    ap.add_argument('--draws', type=int, default=2000, help='bootstrap draws for the pooled interval; 0 turns it off')
    ap.add_argument('--list', action='store_true', help='also list every sentence whose state differs, with both files\' spans')
    args = ap.parse_args()
    a, b = load(args.file_a), load(args.file_b)
    if set(a) != set(b):
        sys.exit(f'ids differ: {len(set(a) - set(b))} only in A, {len(set(b) - set(a))} only in B')
    ids = sorted(a)
    states = {cat: [(state(a[i], cat, args.strict_notes), state(b[i], cat, args.strict_notes)) for i in ids]
              for cat in CATS}
    notes = 'strict notes (only note "" counts)' if args.strict_notes else 'evaluation notes (GoldLabel.Counts)'
    print(f'A = {args.file_a}\nB = {args.file_b} (reference)\n{len(ids)} sentences; {notes}')
    for view in (['eval', 'sym'] if args.view == 'both' else [args.view]):
        report(states, len(ids), view, args.draws)
    if args.list:
        print('\ndiffering states (A vs B):')
        for cat in CATS:
            for i, (sa, sb) in zip(ids, states[cat]):
                if sa != sb:
                    spans = lambda labels: '; '.join(f"'{l['span']}'" + (f" ({l['note']})" if l['note'] else '')
                                                     for l in labels if l['category'] == cat) or '-'
                    print(f'{cat:<17} {i}  A {sa:<7} B {sb:<7} A: {spans(a[i])} | B: {spans(b[i])}')


if __name__ == '__main__':
    main()
