using DocLint.Documents;

namespace DocLint.Core.Tests.Documents;

public sealed class DocumentLimitsTests
{
    [Theory]
    [InlineData("1000", 1000L)]
    [InlineData("10MB", 10_000_000L)]
    [InlineData(" 20 mb ", 20_000_000L)]
    [InlineData("512KB", 512_000L)]
    [InlineData("1MiB", 1_048_576L)]
    [InlineData("2G", 2_000_000_000L)]
    public void Sizes_parse_in_bytes(string text, long expected)
    {
        Assert.True(DocumentLimits.TryParseSize(text, out var bytes));
        Assert.Equal(expected, bytes);
    }

    [Theory]
    [InlineData("")]
    [InlineData("0")]
    [InlineData("-5MB")]
    [InlineData("lots")]
    [InlineData("10 parsecs")]
    [InlineData("99999999999999999999")]
    [InlineData("9999999999999GB")]
    public void Nonsense_and_overflowing_sizes_are_refused(string text) =>
        Assert.False(DocumentLimits.TryParseSize(text, out _));

    [Theory]
    [InlineData(10_000_000L, "10 MB")]
    [InlineData(2000L, "2 KB")]
    [InlineData(1_048_576L, "1048576 bytes")]
    [InlineData(3_000_000_000L, "3 GB")]
    public void Sizes_are_described_as_written(long bytes, string expected) =>
        Assert.Equal(expected, DocumentLimits.DescribeSize(bytes));
}
