using System.Text;
using DocLint.Text;

namespace DocLint.Core.Tests.Text;

public sealed class SourceTextDecoderTests
{
    [Fact]
    public void Utf8_without_bom_is_the_default()
    {
        var result = SourceTextDecoder.Decode(Encoding.UTF8.GetBytes("café"));

        Assert.True(result.IsSuccess);
        Assert.Equal("café", result.Text!.Text);
    }

    [Fact]
    public void Utf8_bom_is_removed()
    {
        var result = SourceTextDecoder.Decode([0xEF, 0xBB, 0xBF, (byte)'h', (byte)'i']);

        Assert.Equal("hi", result.Text!.Text);
    }

    [Theory]
    [InlineData("utf-16")]
    [InlineData("utf-16BE")]
    [InlineData("utf-32")]
    public void Utf16_and_utf32_are_read_by_their_bom(string encodingName)
    {
        var encoding = Encoding.GetEncoding(encodingName);
        var bytes = encoding.GetPreamble().Concat(encoding.GetBytes("Hello “world”")).ToArray();

        var result = SourceTextDecoder.Decode(bytes);

        Assert.Equal("Hello “world”", result.Text!.Text);
    }

    [Fact]
    public void Invalid_utf8_is_refused_with_the_offset_of_the_bad_byte()
    {
        var result = SourceTextDecoder.Decode([(byte)'a', (byte)'b', 0xC3, 0x28]);

        Assert.False(result.IsSuccess);
        Assert.Equal(DecodeFailureKind.InvalidUtf8, result.FailureKind);
        Assert.Equal("is not valid UTF-8 (invalid byte 0xC3 at offset 2)", result.FailureReason);
    }

    [Fact]
    public void Nul_bytes_mark_a_binary_file()
    {
        var result = SourceTextDecoder.Decode([0x89, (byte)'P', (byte)'N', (byte)'G', 0x00, 0x01]);

        Assert.Equal(DecodeFailureKind.Binary, result.FailureKind);
        Assert.Equal("looks like a binary file (NUL byte at offset 4)", result.FailureReason);
    }

    [Theory]
    [InlineData(false, "little-endian")]
    [InlineData(true, "big-endian")]
    public void Utf16_without_a_byte_order_mark_says_how_to_fix_it(bool bigEndian, string order)
    {
        var bytes = new System.Text.UnicodeEncoding(bigEndian, byteOrderMark: false).GetBytes("The council met on Tuesday.\n");

        var result = SourceTextDecoder.Decode(bytes);

        Assert.Equal(DecodeFailureKind.Binary, result.FailureKind);
        Assert.Equal($"looks like UTF-16 ({order}) without a byte-order mark; save it as UTF-8", result.FailureReason);
    }
}
