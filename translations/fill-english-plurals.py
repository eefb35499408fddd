#!/usr/bin/env python3
"""Fills the English plural forms in handout_en.ts from the source texts.

English source strings write plurals as "%n word(s)"; the singular drops "(s)"
and the plural keeps the "s". Run after `update_translations` adds a plural
message; other languages are translated in Qt Linguist.
"""
import re
import sys
import xml.etree.ElementTree as ET

path = sys.argv[1] if len(sys.argv) > 1 else "translations/handout_en.ts"
tree = ET.parse(path)
for message in tree.getroot().iter("message"):
    if message.get("numerus") != "yes":
        continue
    source = message.find("source").text
    translation = message.find("translation")
    for child in list(translation):
        translation.remove(child)
    translation.attrib.pop("type", None)
    translation.text = None
    for form in (re.sub(r"\(s\)", "", source), re.sub(r"\(s\)", "s", source)):
        ET.SubElement(translation, "numerusform").text = form
tree.write(path, encoding="utf-8", xml_declaration=True)
