@echo off
rem hqd (install bundle) for Windows: runs hqd with a Java 21+ runtime. Never builds anything.
rem Java is looked for in: %HQD_JAVA%, %JAVA_HOME%, a jre\ folder beside bin\, java on PATH.
rem A plain JRE 21+ is enough: the report templates were compiled when hqd was built. The Windows bundle
rem carries no runtime of its own (one cannot be made for Windows on the Linux build machine).
setlocal
chcp 65001 >nul
set "HERE=%~dp0.."
if not exist "%HERE%\hqd.jar" (
  echo 错误：%HERE% 中没有 hqd.jar：bin\hqd.bat 是安装包的启动脚本，只能在解压后的安装包中运行；安装包由 mvn package 生成（target\hqd-^<版本^>.zip）。 1>&2
  exit /b 3
)
set "JAVA="
if defined HQD_JAVA set "JAVA=%HQD_JAVA%"
if not defined JAVA if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "JAVA=%JAVA_HOME%\bin\java.exe"
if not defined JAVA if exist "%HERE%\jre\bin\java.exe" set "JAVA=%HERE%\jre\bin\java.exe"
if not defined JAVA for %%J in (java.exe) do if not "%%~$PATH:J"=="" set "JAVA=%%~$PATH:J"
if not defined JAVA (
  echo 错误：未找到 Java 21 或更高版本的运行环境。请安装 Java 21+（JRE 即可），或解压到 %HERE%\jre，或设置 JAVA_HOME。 1>&2
  exit /b 3
)
if not defined HQD_JAVA_OPTS set "HQD_JAVA_OPTS=-Xmx4g"
"%JAVA%" --enable-native-access=ALL-UNNAMED -Djava.awt.headless=true -Dfile.encoding=UTF-8 -Dstdout.encoding=UTF-8 %HQD_JAVA_OPTS% -jar "%HERE%\hqd.jar" %*
exit /b %ERRORLEVEL%
