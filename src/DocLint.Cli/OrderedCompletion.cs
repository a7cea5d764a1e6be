namespace DocLint.Cli;

/// <summary>
/// Items finish in any order; each is handed on in position order, as soon as it and every one before it are done:
/// the reorder buffer that lets a parallel run print deterministic output while it runs. Thread-safe; the hand-on
/// callbacks run one at a time. After each run of items handed on, <paramref name="caughtUp"/> (when given) runs
/// too, before any later hand-on: nothing further is ready then, the moment to push what was handed on outwards.
/// </summary>
internal sealed class OrderedCompletion(int count, Action<int> handOn, Action? caughtUp = null)
{
    private readonly Lock _gate = new();
    private readonly bool[] _done = new bool[count];
    private int _next;

    /// <summary>Marks <paramref name="position"/> done and hands on every item now ready; returns how many.</summary>
    public int Complete(int position)
    {
        lock (_gate)
        {
            _done[position] = true;
            var first = _next;
            while (_next < _done.Length && _done[_next])
            {
                handOn(_next);
                _next++;
            }

            if (_next > first)
            {
                caughtUp?.Invoke();
            }

            return _next - first;
        }
    }
}
