using System.Collections.Generic;

namespace Conv;

/// <summary>The largest all-true rectangle of a row-major mask (histogram method, linear time).</summary>
internal static class LargestRectangle
{
    public static Region Find(bool[] mask, int height, int width)
    {
        var heights = new int[width];
        var best = new Region(0, 0, 0, 0);
        var stack = new Stack<int>();
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
                heights[x] = mask[y * width + x] ? heights[x] + 1 : 0;

            stack.Clear();
            for (var x = 0; x <= width; x++)
            {
                var h = x == width ? 0 : heights[x];
                while (stack.Count > 0 && heights[stack.Peek()] >= h)
                {
                    var barHeight = heights[stack.Pop()];
                    var left = stack.Count == 0 ? 0 : stack.Peek() + 1;
                    var area = barHeight * (x - left);
                    if (area > best.Area)
                        best = new Region(y - barHeight + 1, left, barHeight, x - left);
                }

                stack.Push(x);
            }
        }

        return best;
    }
}
