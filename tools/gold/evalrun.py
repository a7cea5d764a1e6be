"""Shared by freshsum.py, endmeasure.py and errors.py: where the repository, the shared data and the fresh sets are,
and how to run the evaluation (tests/DocLint.Evaluation, built Release beforehand) on them. Not a script."""
import os, re, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.normpath(os.path.join(HERE, "../.."))
# The same default as pack.py and unpack.py: the shared data beside the repository's checkout.
DATA = os.path.normpath(os.path.join(HERE, "../../../shared/data"))
FRESH = re.compile(r"^fresh(\d+)\.tsv$")


def add_arguments(ap, last=True):
    """The options every measuring script takes: the checkout, the shared data and the fresh sets' range."""
    ap.add_argument("--repo", default=REPO, help="the checkout to measure, built Release (default: this one)")
    ap.add_argument("--data", default=DATA, help="the shared data folder (default: ../shared/data beside the checkout)")
    ap.add_argument("--first", type=int, default=14, help="the first fresh set (default 14)")
    if last:
        ap.add_argument("--last", type=int, help="the last fresh set (default: the highest freshN.tsv in tools/gold/sets)")


def shared_dir(data):
    """The evaluation's --data is the folder that holds data/ (it reads DIR/data); ours, like pack/unpack's, is data/."""
    data = os.path.abspath(data)
    if os.path.basename(os.path.normpath(data)) != "data" or not os.path.isdir(data):
        sys.exit(f"--data {data}: expected the shared data folder, a directory named 'data' (as for unpack.py)")
    return os.path.dirname(os.path.normpath(data))


def fresh_sets(repo, first=None, last=None):
    """The blind samples kept in tools/gold/sets (freshN.tsv), as (N, repo-relative path), by N, within first..last."""
    sets = os.path.join(repo, "tools", "gold", "sets")
    found = sorted((int(m.group(1)), f"tools/gold/sets/{name}") for name in os.listdir(sets) if (m := FRESH.match(name)))
    return [(n, path) for n, path in found if (first is None or n >= first) and (last is None or n <= last)]


def command(data, args):
    """The evaluation's command line, without a build (the caller measures the build it already has)."""
    return ["dotnet", "run", "-c", "Release", "--no-build", "--project", "tests/DocLint.Evaluation", "--",
            "--data", shared_dir(data), *args]


def run(repo, data, args, output=None):
    """Runs the evaluation in repo; returns its standard output, or writes stdout and stderr to the file output
    (as `> FILE 2>&1` did). Exits with the evaluation's code if it fails, saying where its message is."""
    if output is None:
        done = subprocess.run(command(data, args), cwd=repo, capture_output=True, text=True)
        if done.returncode:
            sys.exit(f"evaluation {' '.join(args)} exited with {done.returncode}:\n{done.stderr.strip()}")
        return done.stdout
    with open(output, "w", encoding="utf-8") as f:
        done = subprocess.run(command(data, args), cwd=repo, stdout=f, stderr=subprocess.STDOUT, text=True)
    if done.returncode:
        sys.exit(f"evaluation {' '.join(args)} exited with {done.returncode}; see {output}")
    return None


def start(repo, data, args, output):
    """As run(output=...), but in the background: returns the process, to wait() for."""
    f = open(output, "w", encoding="utf-8")
    process = subprocess.Popen(command(data, args), cwd=repo, stdout=f, stderr=subprocess.STDOUT, text=True)
    f.close()
    return process
