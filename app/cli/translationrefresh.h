#pragma once

#include "clicontext.h"

// `handout-cli translations --refresh FOLDER [--add-language CODE]`: brings the
// content .ts files in FOLDER up to date with the packs. Without --pack or
// --content it works on every installed pack that has a file there (the user
// packs too, issue 19), and it always says which packs and languages it wrote.
namespace TranslationRefresh {
int run(CliContext &cli, const QCommandLineParser &parser);
}
