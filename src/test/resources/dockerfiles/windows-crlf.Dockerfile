# escape=`
# A Windows image: the backtick escapes so that backslashes stay path separators.
FROM mcr.microsoft.com/windows/servercore:ltsc2022 AS build
SHELL ["powershell", "-Command", "$ErrorActionPreference = 'Stop';"]
WORKDIR C:\build
ENV TOOLS=C:\tools `
    CONFIG=C:\ProgramData\app\config.json
COPY src\ C:\build\src\
RUN New-Item -ItemType Directory -Path C:\out ; `
    Copy-Item C:\build\src\* C:\out\ -Recurse
RUN Write-Host "a backtick `` kept"

FROM mcr.microsoft.com/windows/nanoserver:ltsc2022
COPY --from=build ["C:\\out\\", "C:\\app\\"]
WORKDIR C:\app
USER ContainerUser
ENTRYPOINT ["C:\\app\\app.exe"]
CMD ["--port", "8080"]
