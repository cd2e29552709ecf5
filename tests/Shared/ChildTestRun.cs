using System;
using System.Diagnostics;

namespace Conv.Tests;

/// <summary>
/// <c>dotnet test</c> on a built test assembly in a child process, with environment variables that only a new process
/// can take (the JIT reads DOTNET_EnableAVX2 and the like at startup).
/// </summary>
public static class ChildTestRun
{
    /// <summary>The run's exit code and its output; false where it did not finish within <paramref name="timeout"/>.</summary>
    public static (bool Finished, int ExitCode, string Output) Run(string assembly, string filter, TimeSpan timeout, params (string Name, string Value)[] environment)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "test", assembly, "--filter", filter }) start.ArgumentList.Add(argument);
        foreach (var (name, value) in environment) start.Environment[name] = value;
        // A debugger wait asked of the parent would stop the child.
        foreach (var key in new[] { "VSTEST_HOST_DEBUG", "VSTEST_RUNNER_DEBUG" }) start.Environment.Remove(key);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            return (false, -1, "");
        }

        return (true, process.ExitCode, output.Result + errors.Result);
    }
}
