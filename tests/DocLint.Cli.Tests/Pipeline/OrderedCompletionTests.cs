namespace DocLint.Cli.Tests.Pipeline;

public sealed class OrderedCompletionTests
{
    [Fact]
    public void Items_finished_out_of_order_are_handed_on_in_order_as_soon_as_those_before_them_are_done()
    {
        var handedOn = new List<int>();
        var completion = new OrderedCompletion(5, handedOn.Add);

        Assert.Equal(0, completion.Complete(2));
        Assert.Equal(0, completion.Complete(1));
        Assert.Empty(handedOn);
        Assert.Equal(3, completion.Complete(0));
        Assert.Equal([0, 1, 2], handedOn);
        Assert.Equal(0, completion.Complete(4));
        Assert.Equal(2, completion.Complete(3));
        Assert.Equal([0, 1, 2, 3, 4], handedOn);
    }

    [Fact]
    public void Caught_up_runs_once_after_each_run_of_items_handed_on_and_never_when_none_was()
    {
        var events = new List<string>();
        var completion = new OrderedCompletion(4, position => events.Add($"item {position}"), () => events.Add("caught up"));

        completion.Complete(1);
        Assert.Empty(events);
        completion.Complete(0);
        completion.Complete(3);
        completion.Complete(2);

        Assert.Equal(["item 0", "item 1", "caught up", "item 2", "item 3", "caught up"], events);
    }
}
