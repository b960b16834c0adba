package dev.opscore.app;
