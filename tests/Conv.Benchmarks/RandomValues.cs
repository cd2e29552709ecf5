using System;
using System.Linq;

namespace Conv.Benchmarks;

internal static class RandomValues
{
    /// <summary><paramref name="count"/> values drawn uniformly from [-1, 1): the weights, biases and inputs the benchmarks time.</summary>
    public static float[] Floats(this Random random, int count) => Enumerable.Range(0, count).Select(_ => (float)(random.NextDouble() * 2 - 1)).ToArray();
}
