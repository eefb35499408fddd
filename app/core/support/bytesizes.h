#pragma once

#include <QtGlobal>

namespace ByteSizes {
// 64-bit, so limits written as "8 * MiB" never overflow an int.
constexpr qint64 MiB = qint64(1024) * 1024;
} // namespace ByteSizes
