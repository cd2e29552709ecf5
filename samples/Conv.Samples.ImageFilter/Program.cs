// An image-processing chain declared with attributes: a 5x5 Gaussian blur, then a 3x3 Laplacian edge
// filter, and the single 7x7 convolution equal to both. Reads a PNG, writes the edges computed both ways.
//   dotnet run --project samples/Conv.Samples.ImageFilter [input.png] [output-folder]
using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using Conv.Samples.ImageFilter;
using StbImageSharp;
using StbImageWriteSharp;

var inputPath = args.Length > 0 ? args[0] : Path.Combine(AppContext.BaseDirectory, "input.png");
// Beside the sample's build output by default, so that a run never writes into the source tree.
var outputFolder = args.Length > 1 ? args[1] : Path.Combine(AppContext.BaseDirectory, "image-filter-output");
Directory.CreateDirectory(outputFolder);

ImageResult image;
using (var stream = File.OpenRead(inputPath)) image = ImageResult.FromStream(stream, StbImageSharp.ColorComponents.RedGreenBlue);
if (image.Width != Blur5x5.InputWidth || image.Height != Blur5x5.InputHeight)
{
    Console.Error.WriteLine($"{inputPath} is {image.Width}x{image.Height}; the layers are declared for {Blur5x5.InputWidth}x{Blur5x5.InputHeight}.");
    return 1;
}

// NCHW with the colour planes as the batch: 3 x 1 x 256 x 256.
const int planes = 3, plane = Blur5x5.InputHeight * Blur5x5.InputWidth;
var pixels = new float[planes * plane];
for (var i = 0; i < plane; i++)
for (var c = 0; c < planes; c++)
    pixels[c * plane + i] = image.Data[i * planes + c] / 255f;

float[] binomial = { 1, 4, 6, 4, 1 };
var blur = new Blur5x5(binomial.SelectMany(a => binomial.Select(b => a * b / 256f)).ToArray());
var edges = new Laplacian3x3(new float[] { 0, 1, 0, 1, -4, 1, 0, 1, 0 });
var composite = BlurThenEdges.Compose(blur, edges);

var sequenceOutput = new float[planes * Laplacian3x3.OutputLength];
var intermediate = new float[planes * Blur5x5.OutputLength];
var compositeOutput = new float[planes * BlurThenEdges.OutputLength];
void Sequence()
{
    blur.Forward(pixels, intermediate);
    edges.Forward(intermediate, sequenceOutput);
}

void Composite() => composite.Forward(pixels, compositeOutput);

var sequenceTime = Time(Sequence);
var compositeTime = Time(Composite);

var region = BlurThenEdges.ExactRegion;
double inside = 0, border = 0;
for (var c = 0; c < planes; c++)
for (var y = 0; y < BlurThenEdges.OutputHeight; y++)
for (var x = 0; x < BlurThenEdges.OutputWidth; x++)
{
    var i = (c * BlurThenEdges.OutputHeight + y) * BlurThenEdges.OutputWidth + x;
    var difference = Math.Abs(sequenceOutput[i] - compositeOutput[i]);
    if (region.Contains(y, x)) inside = Math.Max(inside, difference);
    else border = Math.Max(border, difference);
}

Console.WriteLine($"{Path.GetFileName(inputPath)}: {image.Width}x{image.Height}, 3 colour planes as a batch");
Console.WriteLine($"blur {Blur5x5.KernelHeight}x{Blur5x5.KernelWidth} then Laplacian {Laplacian3x3.KernelHeight}x{Laplacian3x3.KernelWidth} = one {BlurThenEdges.KernelHeight}x{BlurThenEdges.KernelWidth} conv, padding {BlurThenEdges.PaddingHeight}");
Console.WriteLine($"exact region: {region} of {BlurThenEdges.OutputHeight}x{BlurThenEdges.OutputWidth} (IsExact = {BlurThenEdges.IsExact})");
Console.WriteLine($"max |sequence - composite|: {inside:E1} inside the region, {border:E1} on the border outside it");
Console.WriteLine($"time per picture (median of 200 runs, indicative; see tests/Conv.Benchmarks): sequence {sequenceTime:F1} us, composite {compositeTime:F1} us");

Write(Path.Combine(outputFolder, "edges-sequence.png"), sequenceOutput);
Write(Path.Combine(outputFolder, "edges-composite.png"), compositeOutput);
Console.WriteLine($"wrote edges-sequence.png and edges-composite.png to {outputFolder}");
return 0;

static double Time(Action action)
{
    for (var i = 0; i < 20; i++) action();
    var samples = new double[200];
    for (var i = 0; i < samples.Length; i++)
    {
        var start = Stopwatch.GetTimestamp();
        action();
        samples[i] = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
    }

    Array.Sort(samples);
    return samples[samples.Length / 2];
}

static void Write(string path, float[] planar)
{
    // Edge responses are signed and small: show their magnitude, scaled so the strongest is white.
    var count = planar.Length / planes;
    var scale = 255f / Math.Max(1e-6f, planar.Max(Math.Abs));
    var rgb = new byte[count * planes];
    for (var i = 0; i < count; i++)
    for (var c = 0; c < planes; c++)
        rgb[i * planes + c] = (byte)Math.Min(255f, Math.Abs(planar[c * count + i]) * scale);
    using var stream = File.Create(path);
    new ImageWriter().WritePng(rgb, Laplacian3x3.OutputWidth, Laplacian3x3.OutputHeight, StbImageWriteSharp.ColorComponents.RedGreenBlue, stream);
}
