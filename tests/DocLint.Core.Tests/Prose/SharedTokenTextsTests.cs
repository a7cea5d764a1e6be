using DocLint.Prose;

namespace DocLint.Core.Tests.Prose;

public sealed class SharedTokenTextsTests
{
    [Fact]
    public void Pools_with_one_shared_table_give_one_string_per_text()
    {
        var shared = new SharedTokenTexts();
        var first = new TokenTextPool(0, shared).Get("percent".AsSpan());
        var second = new TokenTextPool(0, shared).Get("50 percent".AsSpan(3));

        Assert.Equal("percent", first);
        Assert.Same(first, second);
        Assert.Same(first, shared.Find("percent".AsSpan()));
    }

    [Fact]
    public void A_full_table_takes_no_more_texts_and_each_pool_keeps_its_own()
    {
        var shared = new SharedTokenTexts(capacity: 1);
        var pool = new TokenTextPool(0, shared);
        var kept = pool.Get("said".AsSpan());
        var own = pool.Get("told".AsSpan());

        Assert.Same(kept, shared.Find("said".AsSpan()));
        Assert.Null(shared.Find("told".AsSpan()));
        Assert.Null(shared.TryAdd("asked"));
        Assert.Equal("told", own);
        Assert.Same(own, pool.Get("xtold".AsSpan(1)));
        Assert.NotSame(own, new TokenTextPool(0, shared).Get("told".AsSpan()));
        Assert.Same(kept, new TokenTextPool(0, shared).Get("said".AsSpan()));
    }

    [Fact]
    public void Adding_a_text_the_table_holds_answers_the_table_s_string()
    {
        var shared = new SharedTokenTexts();
        var first = shared.TryAdd(new string("vote".AsSpan()));
        var again = shared.TryAdd(new string("vote".AsSpan()));

        Assert.NotNull(first);
        Assert.Same(first, again);
    }

    [Fact]
    public void Texts_longer_than_the_pooled_length_stay_out_of_the_table()
    {
        var shared = new SharedTokenTexts();
        var url = "https://example.org/" + new string('a', 60);

        Assert.Equal(url, new TokenTextPool(0, shared).Get(url.AsSpan()));
        Assert.Null(shared.Find(url.AsSpan()));
    }

    [Fact]
    public void Threads_adding_the_same_texts_all_get_the_table_s_strings()
    {
        var shared = new SharedTokenTexts();
        var words = Enumerable.Range(0, 500).Select(i => $"w{i}").ToArray();
        var results = new string[4][];
        Parallel.For(0, results.Length, t =>
        {
            var pool = new TokenTextPool(0, shared);
            results[t] = [.. words.Select(w => pool.Get(w.AsSpan()))];
        });

        for (var i = 0; i < words.Length; i++)
        {
            Assert.Equal(words[i], results[0][i]);
            Assert.All(results, r => Assert.Same(results[0][i], r[i]));
        }
    }
}
