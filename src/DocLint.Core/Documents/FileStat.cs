using System.Runtime.InteropServices;

namespace DocLint.Documents;

/// <summary>
/// stat(2) without opening anything: the device, inode and type of a path (links followed). Opening a FIFO
/// blocks until a writer comes and a device such as /dev/zero never ends, so every file DocLint reads (documents,
/// .editorconfig) is checked here first; identity (device and inode) tells hard links and visited folders apart.
/// </summary>
internal static partial class FileStat
{
    private const uint FileTypeMask = 0xF000;
    private const uint RegularFileType = 0x8000;

    public static bool IsRegular(uint mode) => (mode & FileTypeMask) == RegularFileType;

    /// <summary>What an existing path is when it is not a regular file ("a FIFO (named pipe)"), else null.</summary>
    public static string? DescribeNonRegular(string path)
    {
        if (OperatingSystem.IsWindows() || !TryRead(path, out _, out _, out var mode))
        {
            // Windows has no FIFOs or device files in the file system; a missing path fails at the open.
            return null;
        }

        return (mode & FileTypeMask) switch
        {
            RegularFileType => null,
            0x1000 => "a FIFO (named pipe)",
            0x2000 => "a character device",
            0x4000 => "a directory",
            0x6000 => "a block device",
            0xC000 => "a socket",
            _ => "a special file",
        };
    }

    public static bool TryRead(string path, out ulong device, out ulong inode, out uint mode)
    {
        // struct stat starts with st_dev and st_ino on Linux (x64, arm64) and macOS; st_mode sits after st_nlink
        // on Linux x64 and before it on arm64 and macOS.
        var buffer = new byte[256];
        device = 0;
        inode = 0;
        mode = 0;
        if (OperatingSystem.IsWindows())
        {
            return false;
        }

        try
        {
            if (Stat(path, buffer) != 0)
            {
                return false;
            }
        }
        catch (Exception exception) when (exception is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }

        if (OperatingSystem.IsMacOS())
        {
            device = BitConverter.ToUInt32(buffer, 0);
            mode = BitConverter.ToUInt16(buffer, 4);
        }
        else
        {
            device = BitConverter.ToUInt64(buffer, 0);
            mode = BitConverter.ToUInt32(buffer, RuntimeInformation.ProcessArchitecture == Architecture.X64 ? 24 : 16);
        }

        inode = BitConverter.ToUInt64(buffer, 8);
        return true;
    }

    [LibraryImport("libc", EntryPoint = "stat", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Stat(string path, [Out] byte[] buffer);
}
