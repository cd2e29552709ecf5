using System;
using System.Diagnostics;
using System.Linq;

namespace Conv.Benchmarks;

/// <summary>
/// `--quick`: the generated Forward of every shape timed with a Stopwatch (median of many runs), for a fast
/// look while working on the kernels. Indicative only: the figures in the README come from BenchmarkDotNet.
/// </summary>
public static class QuickCheck
{
    public static void Run()
    {
        var peak = new PeakBenchmarks();
        peak.FmaPeak();
        var peakGflops = PeakBenchmarks.FlopsPerInvoke / Median(() => peak.FmaPeak(), 9);
        if (System.Runtime.Intrinsics.X86.Avx512F.IsSupported)
            peakGflops = Math.Max(peakGflops, PeakBenchmarks.FlopsPerInvoke512 / Median(() => peak.FmaPeak512(), 9));
        Console.WriteLine($"FMA peak ~{peakGflops:F1} GFLOP/s");
        foreach (var shape in Shapes.All.Values)
        {
            var g = shape.Geometry;
            var random = new Random(1);
            float[] Values(int n) => random.Floats(n);
            var forward = shape.Create(Values(g.WeightLength), g.HasBias ? Values(g.BiasLength) : null);
            var input = Values(g.InputLength);
            var output = new float[g.OutputLength];
            var repeat = (int)Math.Clamp(20_000_000 / g.MultiplyAdds, 1, 20_000);
            var ns = Median(() => { for (var i = 0; i < repeat; i++) forward(input, output); }, 15) / repeat;
            var gflops = 2.0 * g.MultiplyAdds / ns;
            Console.WriteLine($"{shape.Name,-40} {ns / 1000,10:F2} us {gflops,8:F1} GFLOP/s {100 * gflops / peakGflops,5:F0}%");
        }
    }

    /// <summary>
    /// `--quick-networks`: the network layers (CONV_BENCH_SHAPES filters them, CONV_BENCH_BATCHES sets the batch sizes) timed against ONNX Runtime on one thread,
    /// alternating, so that the ratio is comparable between runs while the VM drifts. Indicative only.
    /// </summary>
    public static void RunNetworks()
    {
        foreach (var name in NetworkBenchmarks.LayerNames)
        foreach (var batch in NetworkBenchmarks.Batches)
        {
            var bench = new NetworkBenchmarks { Layer = name, Batch = batch };
            bench.Setup();
            var g = NetworkShapes.Every[name].Geometry;
            var repeat = (int)Math.Clamp(30_000_000 / (g.MultiplyAdds * batch), 1, 20_000);
            double generated = double.MaxValue, ort = double.MaxValue;
            for (var round = 0; round < 5; round++)
            {
                generated = Math.Min(generated, Median(() => { for (var i = 0; i < repeat; i++) bench.Generated(); }, 7) / repeat);
                ort = Math.Min(ort, Median(() => { for (var i = 0; i < repeat; i++) bench.OnnxRuntime1Thread(); }, 7) / repeat);
            }

            Console.WriteLine($"{name,-58} {batch,2} {generated / 1000,9:F1} us {2.0 * g.MultiplyAdds * batch / generated,6:F1} GFLOP/s  ORT {ort / 1000,9:F1} us  ORT/gen {ort / generated,5:F2}x");
            bench.Cleanup();
        }
    }

    private static double Median(Action action, int samples)
    {
        for (var i = 0; i < 3; i++) action();
        var times = new double[samples];
        for (var i = 0; i < samples; i++)
        {
            var start = Stopwatch.GetTimestamp();
            action();
            times[i] = Stopwatch.GetElapsedTime(start).TotalNanoseconds;
        }

        Array.Sort(times);
        return times[samples / 2];
    }
}
