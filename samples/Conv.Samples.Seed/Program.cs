// Where this package comes from: in PyTorch,
//   conv2d(conv2d(x, a, padding=2), b, padding=2)
// differs from
//   conv2d(x, conv2d(a.transpose(0,1), b, padding=2).transpose(0,1), padding=4)
// by hundreds, although convolution is associative. conv2d is a cross-correlation, so the composite needs
// the second kernel flipped, and passing a kernel where an activation is expected reads its out-channel
// axis as the batch axis. Here is that mistake reproduced, and the composition done right.
using System;
using System.Linq;
using Conv;
using Conv.Samples.Seed;

var random = new Random(2024);
float Normal() => (float)(Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble()));
float[] Normals(int n) => Enumerable.Range(0, n).Select(_ => Normal()).ToArray();

// The two layers, declared with attributes in Layers.cs: a is ConvA's weight (7x4x3x3), b is ConvB's
// (3x7x3x3), x one 4x7x7 input; both layers pad by 2 and have no bias.
var convA = new ConvA(Normals(ConvA.WeightLength));
var convB = new ConvB(Normals(ConvB.WeightLength));
float[] x = Normals(ConvA.InputLength);
float[] sequence = convB.Forward(convA.Forward(x));

// The naive composite: a.transpose(0, 1) is read as a batch of 4 images with 7 channels and convolved with b.
var kernelAsImages = new Conv2dGeometry(7, 3, 3, 3, 3, 3, paddingHeight: 2, paddingWidth: 2, hasBias: false);
var naiveKernel = Transpose01(Conv2d.Forward(kernelAsImages, Transpose01(convA.Weight, 7, 4, 9), convB.Weight), 4, 3, 25);
var naive = Conv2d.Forward(new Conv2dGeometry(4, 3, 5, 5, 7, 7, paddingHeight: 4, paddingWidth: 4, hasBias: false), x, naiveKernel);

// The composite done right, generated: the second kernel flipped, the channels contracted.
var convAB = ConvAB.Compose(convA, convB);
float[] composite = convAB.Forward(x);
var largest = sequence.Max(Math.Abs);

Console.WriteLine("conv2d(conv2d(x, a, padding=2), b, padding=2) against one conv with a composite kernel");
Console.WriteLine($"  output {ConvAB.OutChannels}x{ConvAB.OutputHeight}x{ConvAB.OutputWidth}, largest |value| {largest:F1}");
Console.WriteLine($"  naive   conv2d(a.transpose(0,1), b).transpose(0,1): max |difference| = {MaxDifference(sequence, naive):F1}");
Console.WriteLine($"  ConvAB.Compose(convA, convB), {ConvAB.KernelHeight}x{ConvAB.KernelWidth} padding {ConvAB.PaddingHeight}: max |difference| = {MaxDifference(sequence, composite):E1}" +
                  $" ({MaxDifference(sequence, composite) / largest:E1} of the largest value: float rounding)");
Console.WriteLine($"  ConvAB.ExactRegion: {ConvAB.ExactRegion} (IsExact = {ConvAB.IsExact})");
Console.WriteLine();

// "Same" padding on both layers: the second layer pads the first one's output with zeros where the
// composite sees real values, so the composite is exact only away from the border.
var why = new KernelComposition(
    new Conv2dGeometry(SameFirst.InChannels, SameFirst.OutChannels, 3, 3, 10, 10, paddingHeight: 1, paddingWidth: 1),
    new Conv2dGeometry(SameSecond.InChannels, SameSecond.OutChannels, 3, 3, 10, 10, paddingHeight: 1, paddingWidth: 1)).Causes;
Console.WriteLine("padding 1 then padding 1 (\"same\" / \"same\"), with biases: where SameComposite is exact");
Console.WriteLine($"  SameComposite.ExactRegion: {SameComposite.ExactRegion} (IsExact = {SameComposite.IsExact}); elsewhere: {why}");
var region = SameComposite.ExactRegion;
for (var row = 0; row < SameComposite.OutputHeight; row++)
{
    var line = string.Concat(Enumerable.Range(0, SameComposite.OutputWidth).Select(column => region.Contains(row, column) ? "# " : ". "));
    Console.WriteLine("  " + line.TrimEnd());
}

Console.WriteLine("  (# exact for every input and weight, . differs)");

static float[] Transpose01(float[] values, int dim0, int dim1, int inner)
{
    var result = new float[values.Length];
    for (var i = 0; i < dim0; i++)
    for (var j = 0; j < dim1; j++)
        Array.Copy(values, (i * dim1 + j) * inner, result, (j * dim0 + i) * inner, inner);
    return result;
}

static double MaxDifference(float[] p, float[] q) => p.Zip(q, (u, v) => Math.Abs((double)u - v)).Max();
