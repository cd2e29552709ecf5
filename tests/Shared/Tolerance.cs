using System;
using Xunit;

namespace Conv.Tests;

/// <summary>Float comparisons relative to the largest magnitude of the expected tensor, as the fixtures' README asks.</summary>
public static class Tolerance
{
    public const double Relative = 2e-5;

    public static void Equal(ReadOnlySpan<float> expected, ReadOnlySpan<float> actual, string what, double relative = Relative)
    {
        Assert.True(expected.Length == actual.Length, $"{what}: expected {expected.Length} values but got {actual.Length}");
        var scale = 1.0;
        foreach (var e in expected) scale = Math.Max(scale, Math.Abs(e));
        var worst = 0.0;
        var worstIndex = -1;
        for (var i = 0; i < expected.Length; i++)
        {
            var error = Math.Abs((double)expected[i] - actual[i]);
            if (error > worst)
            {
                worst = error;
                worstIndex = i;
            }
        }

        Assert.True(worst <= relative * scale,
            $"{what}: largest error {worst:G4} at index {worstIndex} (expected {(worstIndex >= 0 ? expected[worstIndex] : 0)}, got {(worstIndex >= 0 ? actual[worstIndex] : 0)}) exceeds {relative:G2} x {scale:G4}");
    }

    public static double MaxAbsDifference(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        var worst = 0.0;
        for (var i = 0; i < a.Length; i++) worst = Math.Max(worst, Math.Abs((double)a[i] - b[i]));
        return worst;
    }
}
