package dev.opscore.tools;
