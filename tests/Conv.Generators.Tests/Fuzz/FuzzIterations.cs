using System;

namespace Conv.Generators.Tests.Fuzz;

/// <summary>How many cases a fuzz test runs: its default, or CONV_FUZZ_ITERATIONS (a long run: thousands) scaled to its cost.</summary>
internal static class FuzzIterations
{
    /// <summary><paramref name="byDefault"/> cases, or CONV_FUZZ_ITERATIONS / <paramref name="perCase"/> (at least one) when it is set.</summary>
    public static long Of(long byDefault, long perCase = 1) =>
        long.TryParse(Environment.GetEnvironmentVariable("CONV_FUZZ_ITERATIONS"), out var n) && n > 0 ? Math.Max(1, n / perCase) : byDefault;
}
