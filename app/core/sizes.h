#pragma once

#include <QtGlobal>

namespace Sizes {
// 64-bit, so limits written as "8 * MiB" never overflow an int.
constexpr qint64 MiB = qint64(1024) * 1024;
} // namespace Sizes
