using System.Buffers.Binary;
using DocLint.Cli.Tests.Formats;

namespace DocLint.Cli.Tests.Html;

public sealed class HtmlScreenshotTests
{
    private const int Width = 1400;
    private const int Height = 2400;

    /// <summary>
    /// Renders the examples' report in headless Chromium and keeps it and its screenshot under artifacts/, where CI
    /// collects them: this is the page editors see.
    /// </summary>
    [ChromiumFact]
    public async Task Chromium_renders_the_examples_report_to_a_screenshot()
    {
        var chromium = await Chromium.EnsureAsync();
        var artifacts = Path.Combine(RepositoryPaths.Root, "artifacts");
        var page = Path.Combine(artifacts, "html-report.html");
        var screenshot = Path.Combine(artifacts, "html-report.png");
        Directory.CreateDirectory(artifacts);
        File.Delete(screenshot);
        var run = await CliRun.InAsync(Path.Combine(RepositoryPaths.Root, "examples"), ".", "--format", "html", "--output", page);
        Assert.Equal(string.Empty, run.Error);
        using var profile = new TemporaryDirectory();

        await ExternalProcess.RunAsync(
            chromium,
            ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", $"--user-data-dir={profile.Path}",
                $"--window-size={Width},{Height}", $"--screenshot={screenshot}", new Uri(page).AbsoluteUri],
            TimeSpan.FromSeconds(90));

        var png = await File.ReadAllBytesAsync(screenshot);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A], png[..8]);
        // IHDR, the first chunk, holds the width and height: the whole window was rendered.
        Assert.Equal(Width, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)));
        Assert.Equal(Height, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4)));
        // A blank or unstyled page compresses to a few kilobytes; the report's text and highlights do not.
        Assert.True(png.Length > 100_000, $"the screenshot is only {png.Length} bytes");
    }
}
