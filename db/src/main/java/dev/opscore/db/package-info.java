package dev.opscore.db;
