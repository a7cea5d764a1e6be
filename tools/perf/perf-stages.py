#!/usr/bin/env python3
"""Per-stage shares of a `perf record -g` profile of doclint (docs/performance.md, branch tidy20).

  perf record -F 999 -g -o P -- doclint ARTICLES --include '*.txt' --format json --output OUT
  perf script -i P -F comm,tid,ip,sym,dso > P.txt
  python3 tools/perf/perf-stages.py P.txt

Works on the native tool (its symbols, DocLint_Rules_..._ClaimSignals__FiniteVerbs) and on the framework-dependent
build run with DOTNET_PerfMapEnabled=1 DOTNET_EnableWriteXorExecute=0 (JIT names from /tmp/perf-PID.map). Each sample
goes to the stage of its innermost frame that names one, so a shared reader is counted once, in its own row, whichever
rule asked for it first; a word-list look-up counts as lexicon matching wherever it is called from.
"""
import collections
import re
import sys

TIERS = r'\[(OptimizedTier1|QuickJitted|InstrumentedTier|Optimized|Tier0|Tier1|OptimizedTier1OSR|InstrumentedTier1|PreJIT)\]'

# Innermost first: the first frame (from the leaf outward) that matches a stage names the sample's stage.
STAGES = [
    ('grammar (tagger, chunks)', r'DocLint\.Grammar\.'),
    ('semantics: the sentence reading itself, turns, paragraph labels',
     r'SentenceSemantics::\.ctor|SentenceSemantics::Turns|SentenceSemantics::ReadBlockTurns|ParagraphLabels::|SpeakerTurns::|ConversationTurns::'),
    ('semantics: role mentions', r'RoleMentions::'),
    ('semantics: attributions, source phrases, reported speech', r'DocLint\.Rules\.Semantics\.'),
    ('DL5001 claim reader', r'ClaimReader::|ClaimSignals::'),
    ('figure finder (DL2001, DL5001)', r'FigureFinder::'),
    ('DL2001/DL2002 verdicts', r'UnsourcedFigureAnalyzer::'),
    ('DL3001', r'VagueSourceAnalyzer::'),
    ('DL3002', r'ImpersonalAttributionAnalyzer::|UnheldExpectations'),
    ('DL1001', r'HedgingPhraseAnalyzer|HedgeCandidate|HedgeModel'),
    ('DL1002', r'EpistemicModalAnalyzer::'),
    ('DL4001', r'UnsupportedCertaintyAnalyzer'),
    ('lexicon matching (shared)', r'DocLint\.Lexicons\.|LexiconRule::|RuleLexiconSet::'),
    ('shared rule helpers (datasets, word classes)', r'DocLint\.Rules\.Common\.'),
    ('segmenting, tokenizing', r'AnalyzedDocument::\.ctor|AnalyzedDocument::Segment|SentenceSegmenter|Tokenizer::|TokenTextPool'),
    ('load, decode, extract', r'DocumentLoader::|PlainTextProseExtractor|SourceTextDecoder|SourceText::|FileStat::|InputReader'),
    ('score', r'ReliabilityScorer|DocumentFacts'),
    ('output (JSON, summary)', r'DocLint\.Reporting\.|StreamedOutput|OrderedCompletion|JsonReportWriter'),
]
OTHER = ('other DocLint (driver, runner, contexts)', r'DocLint\.')


def name(frame):
    """Class::Method of a frame, from a JIT map name or a native symbol."""
    if 'DocLint_' in frame:
        symbol = frame.split(' (')[0].split()[-1]
        return symbol.replace('__', '::').replace('_', '.')
    frame = re.sub(TIERS, '', frame.strip())
    m = re.search(r'(\S+)::(\S+?)\(', frame)
    return m.group(1).split(']')[-1] + '::' + m.group(2) if m else frame


def stage(stack):
    names = [name(f) for f in stack]
    for n in names:
        for label, pattern in STAGES:
            if re.search(pattern, n):
                return label
    if any(re.search(OTHER[1], n) for n in names):
        return OTHER[0]
    leaf = stack[0]
    if 'libclrjit' in leaf:
        return 'JIT compiler (framework-dependent build only)'
    if re.search(r'gc_heap|GCHeap|WKS::|SVR::|RhpGc|RhpNew|RhAlloc', leaf):
        return 'GC and allocation outside managed frames'
    if 'libcoreclr' in leaf:
        return 'runtime outside managed frames (GC, type loading, stubs)'
    if 'kallsyms' in leaf:
        return 'kernel outside managed frames'
    return 'other native (libc, loader)'


def main(path):
    counts = collections.Counter()
    stack = []
    with open(path, encoding='utf-8', errors='replace') as lines:
        for line in lines:
            if line.strip() and line[0] in ' \t':
                parts = line.strip().split(None, 1)
                stack.append(parts[1] if len(parts) > 1 else parts[0])
                continue
            if stack:
                counts[stage(stack)] += 1
            stack = []
    if stack:
        counts[stage(stack)] += 1
    total = sum(counts.values())
    print(f'{total} samples')
    print('| stage | share |')
    print('|---|---|')
    for label, count in counts.most_common():
        print(f'| {label} | {100 * count / total:.1f}% |')


if __name__ == '__main__':
    main(sys.argv[1])
