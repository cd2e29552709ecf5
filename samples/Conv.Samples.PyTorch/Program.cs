// A network trained in PyTorch, its state_dict exported once, loaded here by module name and run.
//
//   from safetensors.torch import save_file
//   save_file(model.state_dict(), "model.safetensors")
using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using Conv;
using Conv.Samples.PyTorch;

var folder = args.Length > 0 ? args[0] : AppContext.BaseDirectory;
using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "model.json")));
float[] Floats(JsonElement e) => e.EnumerateArray().Select(v => (float)v.GetDouble()).ToArray();
var input = Floats(json.RootElement.GetProperty("input"));
var expected = Floats(json.RootElement.GetProperty("output"));
var largest = expected.Max(Math.Abs);

Console.WriteLine($"PyTorch's output: {expected.Length} values, up to {largest:G3}; the generated network's largest difference from it:");
foreach (var source in new[] { "model.safetensors", "model_f16.safetensors", "model_bf16.safetensors", "npy" })
{
    using var tensors = source == "npy" ? Npy.ReadFolder(Path.Combine(folder, "npy")) : SafeTensors.Open(Path.Combine(folder, source));
    var output = new Network(tensors).Forward(input);
    var difference = output.Zip(expected, (p, q) => Math.Abs(p - q)).Max();
    var dtype = source == "npy" ? "float32 .npy files" : tensors.DType("0.weight");
    Console.WriteLine($"  {source,-24} ({dtype}): {difference:G3} ({difference / largest:G2} of the largest output)");
}
