namespace DocLint.Cli.Tests.Html;

/// <summary>
/// Debian's headless Chromium, which renders the HTML report as an editor's browser would. CI runs as root on a fresh
/// machine, so the test installs the package when it is missing; elsewhere without it the test is skipped.
/// </summary>
internal static class Chromium
{
    public static string? Find() =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, "chromium"))
            .FirstOrDefault(File.Exists);

    public static bool CanInstall => OperatingSystem.IsLinux() && Environment.UserName == "root" && File.Exists("/usr/bin/apt-get");

    public static async Task<string> EnsureAsync()
    {
        if (Find() is { } found)
        {
            return found;
        }

        await ExternalProcess.RunAsync("apt-get", ["update"], TimeSpan.FromMinutes(5));
        await ExternalProcess.RunAsync("apt-get", ["install", "-y", "--no-install-recommends", "chromium"], TimeSpan.FromMinutes(10));
        return Find() ?? throw new InvalidOperationException("apt-get installed chromium, but it is not on PATH");
    }
}

/// <summary>A fact that runs where Chromium is installed or can be (as root with apt-get), and is skipped, visibly, elsewhere.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (Chromium.Find() is null && !Chromium.CanInstall)
        {
            Skip = "chromium is not installed and cannot be installed here (needs root and apt-get)";
        }
    }
}
