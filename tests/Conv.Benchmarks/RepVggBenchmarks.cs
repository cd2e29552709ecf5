using System;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Conv.Samples.RepVgg;

namespace Conv.Benchmarks;

/// <summary>
/// The RepVGG sample's block (samples/Conv.Samples.RepVgg/Block.cs, RepVGG-A0's 96 channels at 56x56), run as trained
/// (each conv and BatchNorm on its own, the branches added, the ReLU) and merged at build time into one 3x3 conv with
/// the ReLU fused. Both checked against each other before anything is timed.
/// </summary>
public class RepVggBenchmarks
{
    private TrainedBlock _block = null!;
    private RepVggBlock _merged = null!;
    private float[] _a = null!, _b = null!, _c = null!, _output = null!;

    [GlobalSetup]
    public void Setup()
    {
        _block = new TrainedBlock(seed: 5);
        _merged = _block.Merge();
        var length = _block.Input.Length;
        (_a, _b, _c, _output) = (new float[length], new float[length], new float[length], new float[length]);
        AsTrained();
        var branches = (float[])_output.Clone();
        Merged();
        var worst = branches.Zip(_output, (x, y) => Math.Abs(x - y)).Max();
        if (worst > 1e-4 * branches.Max(Math.Abs)) throw new InvalidOperationException($"the merged block differs from the branches by {worst}");
    }

    [Benchmark(Baseline = true)]
    public void AsTrained() => _block.RunBranches(_block.Input, _a, _b, _c, _output);

    [Benchmark]
    public void Merged() => _merged.Forward(_block.Input, _output);
}
