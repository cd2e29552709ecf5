using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Reflection;
using System.Threading.Tasks;
using Xunit;
using Xunit.Sdk;

namespace Conv.Generated.Tests;

/// <summary>
/// Runs the tests that InstructionSetTests runs under each instruction set (the fixtures, every kernel's own tests) in
/// this process, one at a time, and exits 1 if any fails or none ran. Arguments narrow the run to classes whose names
/// contain one of them; --verbose names each test before it runs.
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        var verbose = args.Contains("--verbose");
        args = args.Where(a => a != "--verbose").ToArray();
        var classes = args.Length > 0 ? args : InstructionSetTests.ChildTests.Split('|').Select(f => f[(f.IndexOf('~') + 1)..]).ToArray();
        var numerics = System.Numerics.Vector.IsHardwareAccelerated ? $"{System.Numerics.Vector<float>.Count} lanes" : "not accelerated";
        Console.WriteLine($"{System.Runtime.InteropServices.RuntimeInformation.ProcessArchitecture}, kernel {KernelInUse.Dispatched()}, System.Numerics vectors (netstandard2.0 builds) {numerics}");
        var (passed, failed, skipped) = (0, 0, 0);
        var clock = Stopwatch.StartNew();
        foreach (var type in typeof(Program).Assembly.GetTypes().Where(t => classes.Any(c => t.FullName!.Contains(c, StringComparison.Ordinal))).OrderBy(t => t.FullName, StringComparer.Ordinal))
        foreach (var method in type.GetMethods().Where(m => m.GetCustomAttribute<FactAttribute>() is not null))
        {
            var fact = method.GetCustomAttribute<FactAttribute>()!;
            if (fact.Skip is not null)
            {
                skipped++;
                continue;
            }

            var rows = fact is TheoryAttribute
                ? method.GetCustomAttributes<DataAttribute>().SelectMany(data => data.GetData(method)).ToList()
                : new List<object?[]> { Array.Empty<object?>() };
            foreach (var row in rows)
            {
                var name = $"{type.FullName}.{method.Name}({string.Join(", ", row)})";
                if (verbose) Console.WriteLine(name);
                try
                {
                    Run(type, method, row);
                    passed++;
                }
                catch (Exception e)
                {
                    failed++;
                    Console.WriteLine($"FAILED {name}\n{(e is TargetInvocationException { InnerException: { } inner } ? inner : e)}");
                }
            }
        }

        Console.WriteLine($"Passed: {passed}, Failed: {failed}, Skipped: {skipped} ({clock.Elapsed.TotalSeconds:F0} s)");
        return failed == 0 && passed > 0 ? 0 : 1;
    }

    private static void Run(Type type, MethodInfo method, object?[] row)
    {
        var instance = method.IsStatic ? null : Activator.CreateInstance(type);
        try
        {
            if (method.Invoke(instance, row) is Task task) task.GetAwaiter().GetResult();
        }
        finally
        {
            (instance as IDisposable)?.Dispose();
        }
    }
}
