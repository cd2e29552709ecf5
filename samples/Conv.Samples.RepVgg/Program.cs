// A RepVGG block declared as it is trained, merged into one conv at build time, run both ways on the same input.
using System;
using System.Diagnostics;
using System.Linq;
using Conv.Samples.RepVgg;

var block = new TrainedBlock(seed: 5);
var merged = block.Merge();
var length = block.Input.Length;
float[] a = new float[length], b = new float[length], c = new float[length], branches = new float[length], one = new float[length];
block.RunBranches(block.Input, a, b, c, branches);
merged.Forward(block.Input, one);

var largest = branches.Max(Math.Abs);
var difference = branches.Zip(one, (x, y) => Math.Abs(x - y)).Max();
Console.WriteLine($"RepVGG block, {Conv3x3.InChannels} channels at {Conv3x3.InputHeight}x{Conv3x3.InputWidth}:");
Console.WriteLine($"  as trained: 3x3 conv + BatchNorm, 1x1 conv + BatchNorm, BatchNorm, added, ReLU ({Conv3x3.WeightLength + Conv1x1.WeightLength} weights)");
Console.WriteLine($"  merged at build time: one {RepVggBlock.KernelHeight}x{RepVggBlock.KernelWidth} conv with a bias and the ReLU fused " +
                  $"(IsExact: {RepVggBlock.IsExact}, ExactRegion: {RepVggBlock.ExactRegion})");
Console.WriteLine($"  largest difference: {difference:G3} (outputs up to {largest:G3}; float rounding: {difference / largest:G2} of the largest)");

// Indicative only (a Stopwatch, the median of 20 runs after a warm-up); BenchmarkDotNet measures the same two in
// tests/Conv.Benchmarks: dotnet run -c Release --project tests/Conv.Benchmarks -- --filter '*RepVgg*'
double Median(Action run)
{
    for (var i = 0; i < 5; i++) run();
    var times = Enumerable.Range(0, 20).Select(_ =>
    {
        var watch = Stopwatch.StartNew();
        run();
        return watch.Elapsed.TotalMilliseconds;
    }).OrderBy(t => t).ToArray();
    return times[times.Length / 2];
}

var asTrained = Median(() => block.RunBranches(block.Input, a, b, c, branches));
var asMerged = Median(() => merged.Forward(block.Input, one));
Console.WriteLine($"  time (indicative): as trained {asTrained:F2} ms, merged {asMerged:F2} ms: {asTrained / asMerged:F2}x");
if (difference > 1e-4 * largest) throw new InvalidOperationException("the merged block differs from the branches beyond float rounding");
