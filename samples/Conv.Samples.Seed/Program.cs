// The question this package comes from: in PyTorch,
//   conv2d(conv2d(x, a, padding=2), b, padding=2)
// differs from
//   conv2d(x, conv2d(a.transpose(0,1), b, padding=2).transpose(0,1), padding=4)
// by hundreds, although convolution is associative. conv2d is a cross-correlation, so the composite needs
// the second kernel flipped, and passing a kernel where an activation is expected reads its out-channel
// axis as the batch axis. Here is the question reproduced, and the composition done right.
using System;
using System.Linq;
using Conv;

var random = new Random(2024);
float Normal() => (float)(Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble()));
float[] Normals(int n) => Enumerable.Range(0, n).Select(_ => Normal()).ToArray();

// a: 7x4x3x3, b: 3x7x3x3, x: 1x4x7x7, both layers padding 2 and no bias: the question's shapes.
var first = new Conv2dGeometry(4, 7, 3, 3, 7, 7, paddingHeight: 2, paddingWidth: 2, hasBias: false);
var second = new Conv2dGeometry(7, 3, 3, 3, 9, 9, paddingHeight: 2, paddingWidth: 2, hasBias: false);
float[] a = Normals(first.WeightLength), b = Normals(second.WeightLength), x = Normals(first.InputLength);

var sequence = Conv2d.Forward(second, Conv2d.Forward(first, x, a), b);

// The naive composite: a.transpose(0, 1) is a batch of 4 images with 7 channels, convolved with b.
var kernelAsImages = new Conv2dGeometry(7, 3, 3, 3, 3, 3, paddingHeight: 2, paddingWidth: 2, hasBias: false);
var naiveKernel = Transpose01(Conv2d.Forward(kernelAsImages, Transpose01(a, 7, 4, 9), b), 4, 3, 25);
var naiveGeometry = new Conv2dGeometry(4, 3, 5, 5, 7, 7, paddingHeight: 4, paddingWidth: 4, hasBias: false);
var naive = Conv2d.Forward(naiveGeometry, x, naiveKernel);

// The composite done right: KernelComposition flips the second kernel and contracts the channels.
var composition = new KernelComposition(first, second);
var (weight, _) = composition.ComposeKernels(new[] { a, b }, new float[]?[] { null, null });
var composite = Conv2d.Forward(composition.Geometry, x, weight);

Console.WriteLine("conv2d(conv2d(x, a, padding=2), b, padding=2) against one conv with a composite kernel");
Console.WriteLine($"  output {composition.Geometry.OutChannels}x{composition.Geometry.OutputHeight}x{composition.Geometry.OutputWidth}, largest |value| {sequence.Max(Math.Abs):F1}");
Console.WriteLine($"  naive   conv2d(a.transpose(0,1), b).transpose(0,1): max |difference| = {MaxDifference(sequence, naive):F1}");
Console.WriteLine($"  KernelComposition ({composition.Geometry.KernelHeight}x{composition.Geometry.KernelWidth}, padding {composition.Geometry.PaddingHeight}): max |difference| = {MaxDifference(sequence, composite):E1} ({MaxDifference(sequence, composite) / sequence.Max(Math.Abs):E1} of the largest value: float rounding)");
Console.WriteLine($"  exact region: {composition.ExactRegion} (IsExact = {composition.IsExact})");
Console.WriteLine();

// "Same" padding on both layers: the second layer pads the first one's output with zeros where the
// composite sees real values, so the composite is exact only away from the border.
var same1 = new Conv2dGeometry(4, 7, 3, 3, 10, 10, paddingHeight: 1, paddingWidth: 1);
var same2 = new Conv2dGeometry(7, 3, 3, 3, 10, 10, paddingHeight: 1, paddingWidth: 1);
var same = new KernelComposition(same1, same2);
Console.WriteLine("padding 1 then padding 1 (\"same\" / \"same\"), with biases: where the composite is exact");
Console.WriteLine($"  exact region: {same.ExactRegion}; inexact because: {same.Causes}");
for (var row = 0; row < same.Geometry.OutputHeight; row++)
{
    var line = string.Concat(Enumerable.Range(0, same.Geometry.OutputWidth).Select(column => same.IsExactAt(row, column) ? "# " : ". "));
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
