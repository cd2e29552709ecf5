using System.Collections.Generic;
using System.Linq;

namespace Conv.Tests;

/// <summary>NCHW tensors as the tests combine them.</summary>
public static class Nchw
{
    /// <summary>Joins <paramref name="parts"/> along the channels, batch item by batch item, as <c>torch.cat(dim=1)</c> does.</summary>
    public static float[] ConcatChannels(int batch, IReadOnlyList<float[]> parts)
    {
        var result = new List<float>();
        for (var n = 0; n < batch; n++)
            foreach (var part in parts)
            {
                var item = part.Length / batch;
                result.AddRange(part.Skip(n * item).Take(item));
            }

        return result.ToArray();
    }
}
