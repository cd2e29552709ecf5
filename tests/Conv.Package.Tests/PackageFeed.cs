using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using Xunit;

namespace Conv.Package.Tests;

/// <summary>
/// Packs Conv.Generators once into a temp feed, from a fresh copy of the repository (what a clone holds: tracked
/// and new files, no bin/ or obj/, never restored), with `dotnet pack src/Conv.Generators` as its first command; then
/// builds consumer projects that know it only through a PackageReference, with their own NuGet cache so that
/// nothing stale is picked up.
/// </summary>
public sealed class PackageFeed : IDisposable
{
    public PackageFeed()
    {
        Root = Directory.CreateTempSubdirectory("conv-package-").FullName;
        Feed = Directory.CreateDirectory(Path.Combine(Root, "feed")).FullName;
        Packages = Directory.CreateDirectory(Path.Combine(Root, "packages")).FullName;
        Clone = CopyRepository(Path.Combine(Root, "clone"));
        // The machine's NuGet cache serves the clone's restore: it only reads from it.
        var pack = Dotnet(Clone, isolated: false, variable: null, "pack", Path.Combine("src", "Conv.Generators"), "-c", "Release", "-o", Feed);
        Assert.True(pack.ExitCode == 0, "dotnet pack in a fresh copy of the repository failed:\n" + pack.Output);
        Package = Directory.EnumerateFiles(Feed, "Conv.Generators.*.nupkg").Single(p => !p.EndsWith(".snupkg", StringComparison.Ordinal));
        Version = Path.GetFileNameWithoutExtension(Package).Substring("Conv.Generators.".Length);
    }

    public string Root { get; }

    /// <summary>The fresh copy of the repository the package was packed from.</summary>
    public string Clone { get; }
    public string Feed { get; }
    public string Packages { get; }
    public string Package { get; }
    public string Version { get; }

    /// <summary>A fresh consumer folder with a project that has only the package reference, and one source file.</summary>
    public string Consumer(string name, string targetFramework, string outputType, string sourceResource, string extraProperties = "", string extraItems = "")
    {
        var folder = Directory.CreateDirectory(Path.Combine(Root, name)).FullName;
        // Stop MSBuild's upward search for build files at the consumer's own folder.
        File.WriteAllText(Path.Combine(folder, "Directory.Build.props"), "<Project />");
        File.WriteAllText(Path.Combine(folder, "Directory.Packages.props"), "<Project />");
        File.WriteAllText(Path.Combine(folder, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="conv-feed" value="{Feed}" />
                <add key="machine-cache" value="{GlobalPackagesFolder()}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
              </packageSources>
            </configuration>
            """);
        File.WriteAllText(Path.Combine(folder, name + ".csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>{targetFramework}</TargetFramework>
                <OutputType>{outputType}</OutputType>
                <LangVersion>latest</LangVersion>
                <Nullable>enable</Nullable>
                {extraProperties}
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Conv.Generators" Version="{Version}" />
                {extraItems}
              </ItemGroup>
            </Project>
            """);
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Consumers", sourceResource), Path.Combine(folder, Path.GetFileNameWithoutExtension(sourceResource)));
        return folder;
    }

    public (int ExitCode, string Output) Dotnet(string workingDirectory, params string[] arguments) =>
        Dotnet(workingDirectory, isolated: true, variable: null, arguments);

    public (int ExitCode, string Output) Dotnet(string workingDirectory, (string Name, string Value)? variable, params string[] arguments) =>
        Dotnet(workingDirectory, isolated: true, variable, arguments);

    /// <summary>Runs dotnet; <paramref name="isolated"/> gives it this feed's own NuGet cache (for consumers, so that nothing stale is used).</summary>
    public (int ExitCode, string Output) Dotnet(string workingDirectory, bool isolated, (string Name, string Value)? variable, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        // The test host's MSBuild settings must not leak into the child builds.
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) || k.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase)).ToList())
            start.Environment.Remove(key);
        if (isolated) start.Environment["NUGET_PACKAGES"] = Packages;
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_ROLL_FORWARD"] = "Major"; // the net8.0 consumer runs on whatever runtime is here
        if (variable is { } set) start.Environment[set.Name] = set.Value;
        using var process = Process.Start(start)!;
        var output = new StringBuilder();
        process.OutputDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(TimeSpan.FromMinutes(4)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"dotnet {string.Join(" ", arguments)} took more than 4 minutes");
        }

        process.WaitForExit();
        return (process.ExitCode, output.ToString());
    }

    // The files `git ls-files` lists, tracked or new but not ignored, as they are in the working tree: a clone of
    // what is being tested, uncommitted changes included.
    private string CopyRepository(string target)
    {
        var root = Conv.Tests.Fixtures.RepositoryRoot;
        var git = new ProcessStartInfo("git") { WorkingDirectory = root, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "ls-files", "-z", "--cached", "--others", "--exclude-standard" }) git.ArgumentList.Add(argument);
        using var process = Process.Start(git)!;
        var files = process.StandardOutput.ReadToEnd().Split('\0', StringSplitOptions.RemoveEmptyEntries);
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, "git ls-files failed: " + process.StandardError.ReadToEnd());
        foreach (var file in files)
        {
            var from = Path.Combine(root, file);
            if (!File.Exists(from)) continue; // deleted in the working tree
            var to = Path.Combine(target, file);
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(from, to);
        }

        Assert.False(Directory.Exists(Path.Combine(target, "src", "Conv.Generators", "obj")), "the copy must hold no restore output");
        return target;
    }

    private static string GlobalPackagesFolder() =>
        Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A build server may still hold a file; the temp folder is the OS's to clean then.
        }
    }
}
